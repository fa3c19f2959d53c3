// The data plane keeps header names lower-cased while it works; clients see them the way AWS writes them.
const special: Readonly<Record<string, string>> = {
  "x-amzn-errortype": "x-amzn-ErrorType",
  "x-amzn-requestid": "x-amzn-RequestId",
  "x-amz-apigw-id": "x-amz-apigw-id",
  "x-amzn-trace-id": "X-Amzn-Trace-Id",
};

/** "content-type" -> "Content-Type", with AWS's own spelling for its x-amzn headers. */
export const displayHeaderName = (name: string): string =>
  special[name.toLowerCase()] ?? name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());

export const withDisplayNames = (headers: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [displayHeaderName(name), value]));
