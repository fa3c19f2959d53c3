import { badGateway } from "../gateway-errors";
import type { EndpointResponse, MultiMap } from "../invocation-context";
import { nameMap } from "../name-map";
import type { IntegrationInvoker } from "./integration";
import { proxyEvent } from "./lambda-event";
import { invokeLocalFunction } from "./lambda-invoke";

interface ProxyResult {
  statusCode?: unknown;
  headers?: unknown;
  multiValueHeaders?: unknown;
  body?: unknown;
  isBase64Encoded?: unknown;
}

/** Reads a Lambda proxy response; undefined when it is malformed (AWS: 502 "Malformed Lambda proxy response"). */
export function readProxyResult(result: unknown): EndpointResponse | undefined {
  if (!result || typeof result !== "object" || Array.isArray(result)) return undefined;
  const { statusCode, headers, multiValueHeaders, body, isBase64Encoded } = result as ProxyResult;
  const status = statusCode === undefined ? 200 : Number(statusCode);
  if (!Number.isInteger(status) || status < 100 || status > 599) return undefined;
  if (body !== undefined && body !== null && typeof body !== "string") return undefined;
  const out: MultiMap = nameMap();
  if (isMap(headers)) for (const key of Object.keys(headers)) out[key.toLowerCase()] = [String(headers[key])];
  if (isMap(multiValueHeaders)) {
    for (const key of Object.keys(multiValueHeaders)) {
      const values = multiValueHeaders[key];
      if (Array.isArray(values)) out[key.toLowerCase()] = [...(out[key.toLowerCase()] ?? []), ...values.map(String)];
    }
  }
  const text = typeof body === "string" ? body : "";
  return { statusCode: status, headers: out, body: isBase64Encoded === true ? Buffer.from(text, "base64") : Buffer.from(text) };
}

const isMap = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === "object" && !Array.isArray(value);

/** AWS_PROXY to Lambda: the request becomes the payload 1.0 event; the function's answer is the response. */
export const awsProxyIntegration: IntegrationInvoker = {
  type: "AWS_PROXY",
  async invoke(invocation, request) {
    const outcome = await invokeLocalFunction(invocation, request.uri, proxyEvent(invocation));
    if (!outcome.ok) {
      invocation.log.add(`Lambda execution failed with status 200 due to customer function error: ${outcome.errorMessage}`);
      throw badGateway();
    }
    const response = readProxyResult(outcome.result);
    if (!response) {
      invocation.log.add("Execution failed due to configuration error: Malformed Lambda proxy response");
      throw badGateway();
    }
    return response;
  },
};
