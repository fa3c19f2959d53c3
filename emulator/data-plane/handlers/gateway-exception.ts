import type { Logger } from "../../logger";
import { contextVariables, type ContextSource } from "../context-variables";
import { GatewayError, internalServerError } from "../gateway-errors";
import { defaultResponseTemplates } from "../../control-plane/apigateway/gateway-response-defaults";
import type { InvocationResponse } from "../invocation-context";
import { evaluateMappingExpression } from "../parameter-mapping";
import { renderMappingTemplate } from "../vtl/mapping-template";
import { createVtlInput } from "../vtl/vtl-input";

const HEADER_PREFIX = "gatewayresponse.header.";

/**
 * The one exception handler: every failure in the chain becomes a gateway response, resolved from the
 * deployment's customised responses with the DEFAULT_4XX/5XX fallbacks. Anything that is not a
 * GatewayError is a sandbox bug: logged, and answered as AWS's 500.
 */
export function renderGatewayException(invocation: ContextSource, error: unknown, logger?: Logger): InvocationResponse {
  const gatewayError = error instanceof GatewayError ? error : internalServerError();
  if (!(error instanceof GatewayError)) logger?.error("data plane failure", { requestId: invocation.requestId, error: String((error as Error)?.stack ?? error) });
  const effective = invocation.deployment.gatewayResponse(gatewayError.responseType);
  // DEFAULT_4XX/5XX stand in for errors of their class; their own status is the error's unless customised.
  const statusCode = effective.statusCode === undefined ? gatewayError.status : Number(effective.statusCode);
  const templates = Object.keys(effective.responseTemplates ?? {}).length > 0 ? effective.responseTemplates! : defaultResponseTemplates;
  const context = {
    ...contextVariables(invocation),
    error: {
      message: gatewayError.message,
      messageString: JSON.stringify(gatewayError.message),
      responseType: gatewayError.responseType,
      validationErrorString: gatewayError.validationErrors ?? "",
    },
  };
  const [contentType, template] = Object.entries(templates).find(([type]) => type === "application/json") ?? Object.entries(templates)[0]!;
  const input = createVtlInput(invocation.request.body.toString("utf8"), { path: {}, querystring: {}, header: {} });
  const body = renderMappingTemplate(invocation.deployment.template(template), { input, context: () => ({ ...context }), stageVariables: invocation.target.stageVariables }).output;
  const headers: Record<string, string> = { "content-type": contentType };
  for (const [target, expression] of Object.entries(effective.responseParameters ?? {})) {
    if (!target.startsWith(HEADER_PREFIX)) continue;
    const value = evaluateMappingExpression(expression, { query: invocation.request.query, headers: invocation.request.headers, context, stageVariables: invocation.target.stageVariables });
    if (value !== undefined) headers[target.slice(HEADER_PREFIX.length).toLowerCase()] = value;
  }
  if (gatewayError.errorType) headers["x-amzn-errortype"] = gatewayError.errorType;
  invocation.log.add(`Gateway response type: ${gatewayError.responseType} with status code: ${statusCode}`);
  invocation.log.add(`Method completed with status: ${statusCode}`);
  return { statusCode, headers, body: Buffer.from(body) };
}
