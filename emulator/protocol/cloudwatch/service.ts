import type { ServiceCall, ServiceDeps, ServiceReply } from "../service-call";

const TARGET_PREFIX = "GraniteServiceVersion20100801.";
const CBOR_PATH_PREFIX = "/service/GraniteServiceVersion20100801/operation/";

/** CloudWatch requests: signed for "monitoring", or framed as awsJson1_0, rpcv2Cbor or awsQuery. */
export function isCloudWatchCall(call: ServiceCall): boolean {
  if (call.caller.service === "monitoring") return true;
  const target = call.headers["x-amz-target"];
  if (typeof target === "string" && target.startsWith(TARGET_PREFIX)) return true;
  if (call.url.pathname.startsWith(CBOR_PATH_PREFIX)) return true;
  const type = String(call.headers["content-type"] ?? "");
  return call.method === "POST" && call.url.pathname === "/" && type.startsWith("application/x-www-form-urlencoded");
}

export async function handleCloudWatch(call: ServiceCall, _deps: ServiceDeps): Promise<ServiceReply> {
  // Replaced by the CloudWatch codecs (awsJson1_0, rpcv2Cbor, awsQuery).
  return {
    status: 501,
    headers: { "x-amzn-RequestId": call.requestId, "x-amzn-ErrorType": "NotImplementedException", "Content-Type": "application/x-amz-json-1.0" },
    body: JSON.stringify({ __type: "NotImplementedException", message: "The Archway sandbox does not implement CloudWatch yet." }),
  };
}
