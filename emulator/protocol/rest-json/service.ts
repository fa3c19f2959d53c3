import { AwsError, notImplemented } from "../aws-error";
import type { ServiceCall, ServiceDeps, ServiceReply } from "../service-call";
import { matchOperation } from "./router";
import { restJsonHandlers, restJsonPreparers } from "./handlers";
import { RawResponse, type RestRequest } from "./rest-request";
import { toWireBody } from "./wire-json";
import { opContextForCall } from "../op-context-for-call";
import { validateInput } from "./input-validation";

/** API Gateway over restJson1: route, parse, run the operation in a transaction, render. */
export async function handleApiGateway(call: ServiceCall, deps: ServiceDeps): Promise<ServiceReply> {
  try {
    const match = matchOperation(call.method, call.url.pathname, call.url.searchParams);
    if (!match) {
      throw new AwsError("UnknownOperationException", `No API Gateway operation matches ${call.method} ${call.url.pathname}`);
    }
    const operation = match.binding.name;
    await deps.realism.before("apigateway", operation, call.caller);
    const handler = restJsonHandlers[operation];
    if (!handler) throw notImplemented("API Gateway", operation);
    const request: RestRequest = {
      operation,
      params: match.params,
      query: call.url.searchParams,
      headers: call.headers,
      body: rawPayloadOperations.has(operation) ? {} : parseJsonObject(call),
      rawBody: call.body,
    };
    validateInput(request);
    const ctx = opContextForCall(call, deps);
    const prepare = restJsonPreparers[operation];
    const prepared: RestRequest = prepare ? { ...request, prepared: await prepare(request) } : request;
    const result = await deps.store.run(() => handler(prepared, ctx));
    return renderSuccess(call, match.binding.status, result);
  } catch (error) {
    return renderError(call, error, deps);
  }
}

// Operations whose whole body is a document (OpenAPI, CSV), whatever Content-Type the client labels it with.
const rawPayloadOperations = new Set(["ImportRestApi", "PutRestApi", "ImportApiKeys", "ImportDocumentationParts"]);

function parseJsonObject(call: ServiceCall): Record<string, unknown> {
  if (call.body.length === 0) return {};
  const type = String(call.headers["content-type"] ?? "application/json");
  if (!type.includes("json")) return {};
  try {
    const parsed: unknown = JSON.parse(call.body.toString("utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new AwsError("SerializationException", "Could not parse request body into json: Unexpected character");
  }
}

function renderSuccess(call: ServiceCall, status: number, result: unknown): ServiceReply {
  const headers: Record<string, string> = { "x-amzn-RequestId": call.requestId };
  if (result instanceof RawResponse) {
    return { status, headers: { ...headers, ...result.headers, "Content-Type": result.contentType }, body: result.body };
  }
  if (result === undefined || status === 204) return { status, headers, body: "" };
  return { status, headers: { ...headers, "Content-Type": "application/json" }, body: toWireBody(result) };
}

function renderError(call: ServiceCall, error: unknown, deps: ServiceDeps): ServiceReply {
  const awsError = error instanceof AwsError ? error : internalError(error, call, deps);
  const headers: Record<string, string> = {
    "x-amzn-RequestId": call.requestId,
    "x-amzn-ErrorType": awsError.type,
    "Content-Type": "application/json",
  };
  if (awsError.retryAfterSeconds !== undefined) headers["Retry-After"] = String(awsError.retryAfterSeconds);
  // AWS's front-end errors (model validation, deserialisation) capitalise the key; the service's own use "message".
  const key = frontEndErrors.has(awsError.type) ? "Message" : "message";
  return { status: awsError.status, headers, body: JSON.stringify({ [key]: awsError.message }) };
}

const frontEndErrors = new Set(["ValidationException", "SerializationException"]);

function internalError(error: unknown, call: ServiceCall, deps: ServiceDeps): AwsError {
  deps.logger.error("unhandled error in API Gateway operation", { requestId: call.requestId, error: String((error as Error)?.stack ?? error) });
  return new AwsError("ServiceUnavailableException", "Internal server error");
}
