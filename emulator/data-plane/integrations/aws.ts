import { notImplementedInSandbox } from "../gateway-errors";
import type { IntegrationInvoker } from "./integration";
import { invokeLocalFunction } from "./lambda-invoke";

/** The AWS service an AWS integration URI names: arn:aws:apigateway:{region}:{service}:{path|action}/... */
const serviceOf = (uri: string) => /^arn:aws:apigateway:[^:]*:([^:]+):/.exec(uri)?.[1] ?? uri;

/**
 * AWS (non-proxy): Lambda runs the local function with the mapped body as its event; a function error
 * becomes the errorMessage that integration responses select on. Other services are not emulated.
 */
export const awsIntegration: IntegrationInvoker = {
  type: "AWS",
  async invoke(invocation, request) {
    const service = serviceOf(request.uri);
    if (service !== "lambda") throw notImplementedInSandbox(`AWS integrations with the ${service} service`);
    let event: unknown;
    try {
      event = request.body.length === 0 ? {} : JSON.parse(request.body.toString("utf8"));
    } catch {
      event = request.body.toString("utf8");
    }
    const outcome = await invokeLocalFunction(invocation, request.uri, event);
    if (!outcome.ok) {
      const body = JSON.stringify({ errorMessage: outcome.errorMessage, errorType: outcome.errorType });
      return { statusCode: 200, headers: { "content-type": ["application/json"] }, body: Buffer.from(body), errorMessage: outcome.errorMessage };
    }
    const body = outcome.result === undefined ? "null" : JSON.stringify(outcome.result);
    return { statusCode: 200, headers: { "content-type": ["application/json"] }, body: Buffer.from(body) };
  },
};
