import type { EndpointResponse, IntegrationRequest, RoutedInvocation } from "../invocation-context";

/** One integration type: sends the mapped request to the backend and returns what it answered. */
export interface IntegrationInvoker {
  readonly type: string;
  invoke(invocation: RoutedInvocation, request: IntegrationRequest): Promise<EndpointResponse>;
}
