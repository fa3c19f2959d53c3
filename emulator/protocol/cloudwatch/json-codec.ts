import { AwsError } from "../aws-error";
import type { ServiceCall } from "../service-call";
import { errorShapeId, queryErrorHeaders, SERVICE_TARGET, toPlain, type CloudWatchCodec } from "./codec";

const CONTENT_TYPE = "application/x-amz-json-1.0";

/** awsJson1_0: `x-amz-target: GraniteServiceVersion20100801.<Op>`, JSON bodies, epoch-second timestamps. */
export const jsonCodec: CloudWatchCodec = {
  decode(call: ServiceCall) {
    const target = String(call.headers["x-amz-target"] ?? "");
    const [prefix, operation] = target.split(".");
    if (prefix !== SERVICE_TARGET || !operation) {
      throw new AwsError("UnknownOperationException", `Unknown operation target: ${target || "(missing x-amz-target)"}`);
    }
    return { operation, input: parseBody(call.body) };
  },

  success(_operation, output, requestId) {
    return {
      status: 200,
      headers: { "x-amzn-RequestId": requestId, "Content-Type": CONTENT_TYPE },
      body: JSON.stringify(toPlain(output, (date) => date.getTime() / 1000)),
    };
  },

  error(error, requestId) {
    return {
      status: error.status,
      headers: { ...queryErrorHeaders(error, requestId), "Content-Type": CONTENT_TYPE },
      body: JSON.stringify({ __type: errorShapeId(error), message: error.message, ...(error.members ? (toPlain(error.members, (date) => date.getTime() / 1000) as object) : {}) }),
    };
  },
};

function parseBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new AwsError("SerializationException", "Could not parse request body into json.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AwsError("SerializationException", "The request body must be a JSON object.");
  }
  return parsed as Record<string, unknown>;
}
