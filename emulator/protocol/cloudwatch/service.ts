import { gunzipSync } from "node:zlib";
import { AwsError, notImplemented } from "../aws-error";
import type { ServiceCall, ServiceDeps, ServiceReply } from "../service-call";
import { opContextForCall } from "../op-context-for-call";
import { SERVICE_TARGET, type CloudWatchCodec } from "./codec";
import { CBOR_PATH_PREFIX, cborCodec } from "./cbor-codec";
import { jsonCodec } from "./json-codec";
import { queryCodec } from "./query-codec";
import { cloudWatchHandlers } from "./handlers";
import { cloudWatchOperations } from "./operations";

const TARGET_PREFIX = `${SERVICE_TARGET}.`;

/** CloudWatch requests: signed for "monitoring", or framed as awsJson1_0, rpcv2Cbor or awsQuery. */
export function isCloudWatchCall(call: ServiceCall): boolean {
  if (call.caller.service === "monitoring") return true;
  const target = call.headers["x-amz-target"];
  if (typeof target === "string" && target.startsWith(TARGET_PREFIX)) return true;
  if (call.url.pathname.startsWith(CBOR_PATH_PREFIX)) return true;
  return call.method === "POST" && call.url.pathname === "/" && isForm(call);
}

/** The framing decides the protocol: the rpcv2Cbor path, an x-amz-target header, else awsQuery (form body or GET ?Action=). */
export function pickCodec(call: ServiceCall): CloudWatchCodec {
  if (call.url.pathname.startsWith(CBOR_PATH_PREFIX)) return cborCodec;
  if (call.headers["x-amz-target"] !== undefined) return jsonCodec;
  if (isForm(call) || call.url.searchParams.has("Action")) return queryCodec;
  return jsonCodec;
}

/** CloudWatch over any of its three protocols: decode, run the operation in a transaction, encode. */
export async function handleCloudWatch(call: ServiceCall, deps: ServiceDeps): Promise<ServiceReply> {
  const codec = pickCodec(call);
  try {
    const { operation, input } = codec.decode(decompressed(call));
    await deps.realism.before("monitoring", operation, call.caller);
    const handler = cloudWatchHandlers[operation];
    if (!handler) {
      if (cloudWatchOperations.has(operation)) throw notImplemented("CloudWatch", operation);
      throw new AwsError("UnknownOperationException", `The operation ${operation} is not a CloudWatch operation.`);
    }
    const ctx = opContextForCall(call, deps);
    const output = await deps.store.run(() => handler(input, ctx));
    return codec.success(operation, output ?? {}, call.requestId);
  } catch (error) {
    return codec.error(asCloudWatchError(error, call, deps), call.requestId);
  }
}

/** PutMetricData carries the requestCompression trait: SDKs gzip bodies over 10 KB. */
function decompressed(call: ServiceCall): ServiceCall {
  const encoding = String(call.headers["content-encoding"] ?? "").toLowerCase();
  if (!encoding.includes("gzip")) return call;
  try {
    return { ...call, body: gunzipSync(call.body) };
  } catch {
    throw new AwsError("SerializationException", "The request body is not valid gzip data.");
  }
}

function isForm(call: ServiceCall): boolean {
  return String(call.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
}

/** Realism's throttle is API Gateway's TooManyRequestsException; CloudWatch throttles as Throttling. */
function asCloudWatchError(error: unknown, call: ServiceCall, deps: ServiceDeps): AwsError {
  if (error instanceof AwsError) {
    if (error.type !== "TooManyRequestsException") return error;
    return new AwsError("ThrottlingException", "Rate exceeded", { retryAfterSeconds: error.retryAfterSeconds ?? 1 });
  }
  deps.logger.error("unhandled error in CloudWatch operation", { requestId: call.requestId, error: String((error as Error)?.stack ?? error) });
  return new AwsError("InternalServiceFault", "Internal service error.");
}
