import { decode, Encoder } from "cbor-x";
import { AwsError } from "../aws-error";
import type { ServiceCall } from "../service-call";
import { errorShapeId, queryErrorHeaders, SERVICE_TARGET, toPlain, type CloudWatchCodec } from "./codec";

export const CBOR_PATH_PREFIX = `/service/${SERVICE_TARGET}/operation/`;

// Every number in a CloudWatch output is a Double, which rpcv2Cbor sends as float64 even when whole, except the
// Integer and Long members below (alarm periods, dashboard sizes), which go out as CBOR integers.
// Dates keep cbor-x's encoding: tag 1 with epoch seconds (integer when whole, else float64).
const encoder = new Encoder({ alwaysUseFloat: true, useRecords: false, variableMapSize: true, tagUint8Array: false });
const integerMembers = new Set(["Period", "EvaluationPeriods", "DatapointsToAlarm", "EvaluationInterval", "Size", "ActionsSuppressorWaitPeriod", "ActionsSuppressorExtensionPeriod"]);

/** cbor-x writes a BigInt as a CBOR integer whatever alwaysUseFloat says, so integer members become BigInts. */
function withIntegers(value: unknown, key?: string): unknown {
  if (typeof value === "number") return key !== undefined && integerMembers.has(key) && Number.isSafeInteger(value) ? BigInt(value) : value;
  // Lists of numbers (GetMetricData Values) are never integer members: keep them as they are, uncopied.
  if (Array.isArray(value)) return typeof value[0] === "number" ? value : value.map((item) => withIntegers(item));
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([member, item]) => [member, withIntegers(item, member)]));
}

const protocolHeaders = (requestId: string) => ({
  "x-amzn-RequestId": requestId,
  "smithy-protocol": "rpc-v2-cbor",
  "Content-Type": "application/cbor",
});

/** rpcv2Cbor: `POST /service/GraniteServiceVersion20100801/operation/<Op>`, CBOR maps, tag-1 timestamps. */
export const cborCodec: CloudWatchCodec = {
  decode(call: ServiceCall) {
    const operation = call.url.pathname.slice(CBOR_PATH_PREFIX.length);
    if (!/^[A-Za-z]+$/.test(operation)) throw new AwsError("UnknownOperationException", `Unknown operation path: ${call.url.pathname}`);
    return { operation, input: parseBody(call.body) };
  },

  success(_operation, output, requestId) {
    return { status: 200, headers: protocolHeaders(requestId), body: encoder.encode(withIntegers(toPlain(output, (date) => date))) };
  },

  error(error, requestId) {
    return {
      status: error.status,
      headers: { ...queryErrorHeaders(error, requestId), ...protocolHeaders(requestId) },
      body: encoder.encode({ __type: errorShapeId(error), message: error.message, ...(error.members ? (toPlain(error.members, (date) => date) as object) : {}) }),
    };
  },
};

function parseBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = decode(body);
  } catch {
    throw new AwsError("SerializationException", "Could not parse request body as CBOR.");
  }
  if (parsed instanceof Map) parsed = Object.fromEntries(parsed);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AwsError("SerializationException", "The request body must be a CBOR map.");
  }
  return parsed as Record<string, unknown>;
}
