// Access log formats for a stage: the four presets the API Gateway console offers (as its developer guide prints
// them), a curated list of $context variables, and a preview of one line rendered with sample values.

export type AccessLogPreset = { id: "CLF" | "JSON" | "XML" | "CSV"; label: string; format: string };

// Verbatim from "Access logging for REST APIs" (API Gateway developer guide), which the console offers as examples;
// the CLF text really has no space between "]" and the quoted request line there.
export const accessLogPresets: readonly AccessLogPreset[] = [
  {
    id: "CLF",
    label: "CLF (Common Log Format)",
    format:
      '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime]"$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
  },
  {
    id: "JSON",
    label: "JSON",
    format:
      '{ "requestId":"$context.requestId", "extendedRequestId":"$context.extendedRequestId","ip": "$context.identity.sourceIp", "caller":"$context.identity.caller", "user":"$context.identity.user", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod", "resourcePath":"$context.resourcePath", "status":"$context.status", "protocol":"$context.protocol", "responseLength":"$context.responseLength" }',
  },
  {
    id: "XML",
    label: "XML",
    format:
      '<request id="$context.requestId"> <extendedRequestId>$context.extendedRequestId</extendedRequestId> <ip>$context.identity.sourceIp</ip> <caller>$context.identity.caller</caller> <user>$context.identity.user</user> <requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> <resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> <protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> </request>',
  },
  {
    id: "CSV",
    label: "CSV",
    format:
      "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,$context.status,$context.responseLength,$context.requestId,$context.extendedRequestId",
  },
];

export type ContextVariable = { name: string; meaning: string; sample: string };

/** The $context variables most access logs need, each with what it holds and the value the preview shows for it. */
export const contextVariables: readonly ContextVariable[] = [
  { name: "$context.requestId", meaning: "Request id (x-amzn-RequestId); a client may supply its own UUID", sample: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef" },
  { name: "$context.extendedRequestId", meaning: "Id API Gateway generates (x-amz-apigw-id); cannot be overridden", sample: "ZGeFHE2ioAMFXXw=" },
  { name: "$context.requestTime", meaning: "Request time, CLF style (dd/MMM/yyyy:HH:mm:ss +0000)", sample: "03/Dec/2026:11:42:07 +0000" },
  { name: "$context.requestTimeEpoch", meaning: "Request time in epoch milliseconds", sample: "1796384527000" },
  { name: "$context.httpMethod", meaning: "HTTP method of the request", sample: "GET" },
  { name: "$context.resourcePath", meaning: "Resource path template that matched", sample: "/pets/{petId}" },
  { name: "$context.path", meaning: "Request path as called, stage included", sample: "/prod/pets/42" },
  { name: "$context.protocol", meaning: "Request protocol", sample: "HTTP/1.1" },
  { name: "$context.status", meaning: "Method response status code", sample: "200" },
  { name: "$context.responseLength", meaning: "Response payload length in bytes", sample: "412" },
  { name: "$context.responseLatency", meaning: "Response latency in ms", sample: "38" },
  { name: "$context.integrationLatency", meaning: "Integration latency in ms", sample: "31" },
  { name: "$context.integration.status", meaning: "Status code the integration returned", sample: "200" },
  { name: "$context.integration.error", meaning: "Error message the integration returned", sample: "-" },
  { name: "$context.error.message", meaning: "API Gateway's error message, when the request failed", sample: "-" },
  { name: "$context.error.responseType", meaning: "Gateway response type, when the request failed", sample: "-" },
  { name: "$context.identity.sourceIp", meaning: "Source IP of the TCP connection", sample: "203.0.113.24" },
  { name: "$context.identity.userAgent", meaning: "User-Agent header of the caller", sample: "curl/8.5.0" },
  { name: "$context.identity.caller", meaning: "Principal of the caller that signed the request (IAM auth)", sample: "-" },
  { name: "$context.identity.user", meaning: "Principal of the user that will be authorized (IAM auth)", sample: "-" },
  { name: "$context.identity.apiKeyId", meaning: "Id of the API key the request used", sample: "k1a2b3c4d5" },
  { name: "$context.authorizer.principalId", meaning: "Principal id a Lambda authorizer returned", sample: "user-7" },
  { name: "$context.domainName", meaning: "Domain name the client called", sample: "api.example.com" },
  { name: "$context.stage", meaning: "Stage name", sample: "prod" },
  { name: "$context.apiId", meaning: "REST API id", sample: "a1b2c3d4e5" },
  { name: "$context.xrayTraceId", meaning: "X-Ray trace id, when tracing is on", sample: "1-6578c1a2-0f1e2d3c4b5a69788796a5b4" },
  { name: "$context.waf.status", meaning: "Status AWS WAF returned, when a web ACL is associated", sample: "-" },
];

const variablePattern = /\$context\.[A-Za-z0-9_.]*[A-Za-z0-9_]/g;

/** Why AWS would refuse this format, or null: it must be one line that names $context.requestId or $context.extendedRequestId. */
export function accessLogFormatProblem(format: string): string | null {
  if (format.trim() === "") return "Enter a log format, or choose a preset.";
  if (/[\r\n]/.test(format)) return "A log format must be a single line.";
  if (!/\$context\.(requestId|extendedRequestId)\b/.test(format)) return "The format must include $context.requestId or $context.extendedRequestId.";
  return null;
}

/** One log line as the format would render it, with each curated variable's sample value; other variables render as "-". */
export function renderAccessLogPreview(format: string): string {
  const samples = new Map(contextVariables.map((variable) => [variable.name, variable.sample]));
  return format.replace(variablePattern, (name) => samples.get(name) ?? "-");
}

/** The format with a variable inserted at a cursor position (clamped to the text), spaced from its neighbours, and the cursor after it. */
export function insertVariable(format: string, variable: string, at: number): { format: string; cursor: number } {
  const position = Math.max(0, Math.min(at, format.length));
  const before = format.slice(0, position);
  const after = format.slice(position);
  const inserted = `${before === "" || /\s$/.test(before) ? "" : " "}${variable}`;
  return { format: `${before}${inserted}${after === "" || /^\s/.test(after) ? "" : " "}${after}`, cursor: position + inserted.length };
}

/** Which preset a format is, or null when it is custom. */
export function presetOf(format: string): AccessLogPreset["id"] | null {
  return accessLogPresets.find((preset) => preset.format === format)?.id ?? null;
}
