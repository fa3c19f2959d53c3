import type { ScopeState } from "../store/store";
import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import type { Method, Resource, RestApi } from "../control-plane/apigateway/types";
import type { ExecutionLog } from "./execution-log";
import type { DataPlaneRuntime } from "./runtime";
import type { DeploymentCache } from "./deployment-cache";
import type { ContextOverrides } from "./vtl/mapping-template";
import type { MethodSetting } from "../control-plane/apigateway/stage-types";
import type { AccessLogRenderer } from "./access-log";

/** Query strings and headers keep every value; header names are lower-cased. */
export type MultiMap = Record<string, string[]>;

/** The single-value view of a multi-value map: the last value of each, as API Gateway keeps it. */
export function lastValues(map: Readonly<MultiMap>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key in map) {
    const values = map[key]!;
    const value = values.length > 0 ? values[values.length - 1]! : "";
    // A plain object, as user code expects (hasOwnProperty and the like), so a "__proto__" key must stay a key.
    if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** The client's request as the gateway received it. */
export interface InvocationRequest {
  readonly httpMethod: string;
  /** The path below the stage, starting with "/" (what resources are matched against). */
  readonly path: string;
  readonly query: MultiMap;
  readonly headers: MultiMap;
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly domainName: string;
}

/** The stage a request is for, with the deployment snapshot it serves. */
export interface StageTarget {
  readonly accountId: string;
  readonly region: string;
  readonly restApi: RestApi;
  /** "test-invoke-stage" for TestInvokeMethod, as on AWS. */
  readonly stageName: string;
  readonly deploymentId: string;
  readonly snapshot: ApiSnapshot;
  readonly stageVariables: Readonly<Record<string, string>>;
  readonly methodSettings: Readonly<Record<string, Partial<MethodSetting>>>;
  /** The stage cache cluster is AVAILABLE (responses may be cached). */
  readonly cacheAvailable: boolean;
  /** Epoch ms of the stage's last FlushStageCache: older cache entries are stale. */
  readonly cacheFlushedAt?: number;
  /** Epoch ms of the stage's last FlushStageAuthorizersCache. */
  readonly authorizersCacheFlushedAt?: number;
  /** The stage's access log format, when access logging is on. */
  readonly accessLogFormat?: string;
  /** accessLogFormat compiled once per version of the stage's settings (absent for TestInvoke's stage). */
  readonly accessLog?: AccessLogRenderer;
  /** The request was routed to the canary deployment. */
  readonly canary: boolean;
}

/** Everything known before routing. */
export interface Invocation {
  readonly requestId: string;
  /** $context.extendedRequestId, returned as x-amz-apigw-id. */
  readonly extendedRequestId: string;
  readonly startedAt: number;
  readonly request: InvocationRequest;
  readonly target: StageTarget;
  readonly log: ExecutionLog;
  readonly runtime: DataPlaneRuntime;
  /** What the stage's deployment built once: routes, templates, validators, method settings. */
  readonly deployment: DeploymentCache;
  /** The account+region the API lives in (API keys and usage plans are read from it). */
  readonly state: ScopeState;
}

export interface AuthorizerResult {
  principalId?: string;
  context: Record<string, unknown>;
  usageIdentifierKey?: string;
  /** A Cognito user pool token's claims, as strings: $context.authorizer.claims. */
  claims?: Record<string, string>;
}

/** The request toward the integration, after mapping (what the execution log calls the endpoint request). */
export interface IntegrationRequest {
  uri: string;
  httpMethod: string;
  headers: Record<string, string>;
  query: MultiMap;
  body: Buffer;
}

/** What the integration answered. */
export interface EndpointResponse {
  statusCode: number;
  headers: MultiMap;
  body: Buffer;
  /** Lambda (non-proxy) function error message: what selection patterns match against. */
  errorMessage?: string;
}

export interface InvocationResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** After routing the resource and method are known; later steps fill in the rest. */
export interface RoutedInvocation extends Invocation {
  readonly resource: Resource;
  readonly method: Method;
  readonly pathParameters: Readonly<Record<string, string>>;
  authorizer?: AuthorizerResult;
  apiKey?: { id: string; value: string };
  /** The usage plan the API key was accepted under (its throttle and quota apply). */
  usagePlan?: UsagePlanGrant;
  overrides: ContextOverrides;
  integrationRequest?: IntegrationRequest;
  endpointResponse?: EndpointResponse;
  integrationLatencyMs?: number;
  cacheOutcome?: "hit" | "miss";
  response?: InvocationResponse;
}

export interface UsagePlanGrant {
  planId: string;
  keyId: string;
  throttle?: { rateLimit?: number; burstLimit?: number };
  methodThrottle?: { rateLimit?: number; burstLimit?: number };
}
