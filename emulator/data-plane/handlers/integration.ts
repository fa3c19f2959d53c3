import { apiConfigurationError, notImplementedInSandbox } from "../gateway-errors";
import { vpcLinkUnusable } from "../../control-plane/apigateway/vpc-link-connection";
import { integrationsByType } from "../integrations/by-type";
import { logMap } from "../execution-log";
import type { Step } from "./step";

/** Calls the integration the method names and records what it answered and how long it took. */
export const integrate: Step = (invocation, next) => {
  const integration = invocation.method.methodIntegration!;
  const invoker = integrationsByType[integration.type];
  if (!invoker) throw notImplementedInSandbox(`${integration.type} integrations`);
  // The sandbox has no load balancer: a private integration calls its URI directly once its VPC link is AVAILABLE.
  const unusable = integration.connectionType === "VPC_LINK" ? vpcLinkUnusable(invocation.state, integration.connectionId, invocation.target.stageVariables, invocation.startedAt) : undefined;
  if (unusable) {
    invocation.log.add(`Execution failed due to configuration error: ${unusable}`);
    throw apiConfigurationError();
  }
  const started = performance.now();
  const measured = () => (invocation.integrationLatencyMs = Math.round(performance.now() - started));
  // Not async itself (see Step): the invoker's promise, then the steps after this one.
  return invoker.invoke(invocation, invocation.integrationRequest!).then(
    (endpoint) => {
      measured();
      invocation.endpointResponse = endpoint;
      if (integration.type !== "MOCK" && invocation.log.isKept) {
        invocation.log.add(`Received response. Status: ${endpoint.statusCode}, Integration latency: ${invocation.integrationLatencyMs} ms`);
        invocation.log.add(() => `Endpoint response headers: ${logMap(endpoint.headers)}`);
        invocation.log.add(() => `Endpoint response body before transformations: ${endpoint.body.toString("utf8")}`);
      }
      return next();
    },
    (error: unknown) => {
      measured();
      throw error;
    },
  );
};
