// A mapping template's output as the bytes a request or response carries. Most templates render the same text
// request after request (a MOCK's {"statusCode": 200}, a fixed response body): that text's bytes are made once and
// shared, as no step changes a body in place.

/** Each template's last output and its bytes, by template text. */
const lastOutputs = new Map<string, { text: string; bytes: Buffer }>();
const OUTPUTS_KEPT = 1_000;

/** The UTF-8 bytes of `text`, which `template` rendered. */
export function outputBytes(template: string, text: string): Buffer {
  const last = lastOutputs.get(template);
  if (last?.text === text) return last.bytes;
  const bytes = Buffer.from(text);
  // Past the bound (the templates of many deployments), start afresh rather than grow.
  if (!last && lastOutputs.size >= OUTPUTS_KEPT) lastOutputs.clear();
  lastOutputs.set(template, { text, bytes });
  return bytes;
}
