import { AwsError } from "./aws-error";
import { opContextForCall } from "./op-context-for-call";
import type { ServiceCall, ServiceDeps, ServiceReply } from "./service-call";
import { putMetricDataInput } from "./cloudwatch/handlers";
import { putMetricDataInAnyNamespace } from "../control-plane/cloudwatch/put-metric-data";

// POST /_archway/cloudwatch/metric-data: PutMetricData's JSON body (Namespace, MetricData; Timestamp in epoch
// seconds or ISO 8601) in ANY namespace, AWS/ included, so synthetic AWS/ApiGateway history can be published.
// Every other PutMetricData rule holds. The account is the signer's (or the default); the region is the
// x-archway-region header's (or the default).
export const isAdminMetricDataCall = (call: ServiceCall): boolean => call.url.pathname === "/_archway/cloudwatch/metric-data";

export async function handleAdminMetricData(call: ServiceCall, deps: ServiceDeps): Promise<ServiceReply> {
  if (call.method !== "POST") return json(405, { __type: "MethodNotAllowed", message: "Use POST with PutMetricData's JSON body." });
  let body: unknown;
  try {
    body = JSON.parse(call.body.toString("utf8"));
  } catch {
    return json(400, { __type: "SerializationException", message: "The body must be PutMetricData's JSON: {\"Namespace\": ..., \"MetricData\": [...]}." });
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return json(400, { __type: "SerializationException", message: "The body must be a JSON object." });
  try {
    const input = putMetricDataInput(body as Record<string, unknown>);
    const ctx = opContextForCall(call, deps);
    await deps.store.run(() => putMetricDataInAnyNamespace(ctx, input));
    return json(200, { stored: input.MetricData.length });
  } catch (error) {
    if (error instanceof AwsError) return json(error.status, { __type: error.type, message: error.message });
    throw error;
  }
}

function json(status: number, body: unknown): ServiceReply {
  return { status, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}
