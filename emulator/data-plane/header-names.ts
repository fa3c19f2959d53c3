// The data plane keeps header names lower-cased while it works; clients see them the way AWS writes them.
const special: Readonly<Record<string, string>> = {
  "x-amzn-errortype": "x-amzn-ErrorType",
  "x-amzn-requestid": "x-amzn-RequestId",
  "x-amz-apigw-id": "x-amz-apigw-id",
  "x-amzn-trace-id": "X-Amzn-Trace-Id",
};

/** Names already spelled: a response carries the same few headers again and again. Bounded, as clients send any names. */
const spelled = new Map<string, string>();
const MAX_SPELLED = 2_000;

/** "content-type" -> "Content-Type", with AWS's own spelling for its x-amzn headers. */
export function displayHeaderName(name: string): string {
  let display = spelled.get(name);
  if (display === undefined) {
    display = special[name.toLowerCase()] ?? name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
    if (spelled.size < MAX_SPELLED) spelled.set(name, display);
  }
  return display;
}

export const withDisplayNames = (headers: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [displayHeaderName(name), value]));
