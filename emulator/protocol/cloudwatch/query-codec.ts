import { AwsError } from "../aws-error";
import type { ServiceCall } from "../service-call";
import { XML_NAMESPACE, type CloudWatchCodec } from "./codec";
import { formToInput } from "./query-form";
import { escapeXml, xmlContent } from "./xml-writer";

const CONTENT_TYPE = "text/xml";

/** awsQuery: form-encoded `Action=<Op>&Version=2010-08-01&...`, XML responses and ErrorResponse documents. */
export const queryCodec: CloudWatchCodec = {
  decode(call: ServiceCall) {
    // awsQuery also travels as a GET query string; body fields win when both are present.
    const params = new URLSearchParams([...call.url.searchParams, ...new URLSearchParams(call.body.toString("utf8"))]);
    const operation = params.get("Action");
    if (!operation) throw new AwsError("MissingRequiredParameterException", "The request must contain the parameter Action.");
    return { operation, input: formToInput(params) };
  },

  success(operation, output, requestId) {
    const result = Object.keys(output).length > 0 ? `<${operation}Result>${xmlContent(output)}</${operation}Result>` : "";
    const body =
      `<${operation}Response xmlns="${XML_NAMESPACE}">${result}` +
      `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${operation}Response>`;
    return { status: 200, headers: { "x-amzn-RequestId": requestId, "Content-Type": CONTENT_TYPE }, body };
  },

  error(error, requestId) {
    const body =
      `<ErrorResponse xmlns="${XML_NAMESPACE}"><Error><Type>${error.spec.fault}</Type>` +
      `<Code>${escapeXml(error.queryCode)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
      `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`;
    const headers: Record<string, string> = { "x-amzn-RequestId": requestId, "Content-Type": CONTENT_TYPE };
    if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
    return { status: error.status, headers, body };
  },
};
