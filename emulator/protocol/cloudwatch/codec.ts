import type { AwsError } from "../aws-error";
import type { ServiceCall, ServiceReply } from "../service-call";

/** The CloudWatch service id prefix in x-amz-target and rpcv2Cbor paths. */
export const SERVICE_TARGET = "GraniteServiceVersion20100801";
export const XML_NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";

export interface DecodedRequest {
  readonly operation: string;
  /** Members by their model (PascalCase) names; lists as arrays; scalars as the wire gave them. */
  readonly input: Record<string, unknown>;
}

/**
 * One CloudWatch wire protocol. Operation outputs are plain objects whose timestamps are Dates, whose maps
 * are Maps and whose numbers are all doubles (true of every output the sandbox serves); each codec renders them.
 */
export interface CloudWatchCodec {
  decode(call: ServiceCall): DecodedRequest;
  success(operation: string, output: object, requestId: string): ServiceReply;
  error(error: AwsError, requestId: string): ServiceReply;
}

/** awsQueryCompatible: JSON and CBOR errors carry the query code and fault, e.g. "ValidationError;Sender". */
export function queryErrorHeaders(error: AwsError, requestId: string): Record<string, string> {
  const headers: Record<string, string> = {
    "x-amzn-RequestId": requestId,
    "x-amzn-query-error": `${error.queryCode};${error.spec.fault}`,
  };
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
  return headers;
}

/** The modelled shape id AWS puts in `__type`. */
export const errorShapeId = (error: AwsError): string => `com.amazonaws.cloudwatch#${error.type}`;

/** Drops undefined members and turns Maps into plain objects; Dates go through `date`. */
export function toPlain(value: unknown, date: (d: Date) => unknown): unknown {
  if (value instanceof Date) return date(value);
  if (value instanceof Map) return toPlain(Object.fromEntries(value), date);
  if (Array.isArray(value)) return value.map((item) => toPlain(item, date));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = toPlain(member, date);
    return out;
  }
  return value;
}
