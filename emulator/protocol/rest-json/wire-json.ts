// Response bodies are mostly stored entities, which are frozen and never change (store/store.ts), so the JSON
// text of each one can be kept and reused: GetResources on a large API then costs a join, not a serialization.
const cache = new WeakMap<object, string>();
const encoded = new WeakMap<object, Buffer>();

/** JSON.stringify, reusing the text of frozen objects. */
export function toWireJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Object.isFrozen(value)) {
    let text = cache.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      cache.set(value, text);
    }
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined || typeof item === "function" ? "null" : toWireJson(item))).join(",")}]`;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return JSON.stringify(value);
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || typeof member === "function") continue;
    members.push(`${JSON.stringify(key)}:${toWireJson(member)}`);
  }
  return `{${members.join(",")}}`;
}

/** The UTF-8 response body for a value; a frozen value's bytes are kept, so a repeated read costs no encoding. */
export function toWireBody(value: unknown): Buffer | string {
  if (value === null || typeof value !== "object" || !Object.isFrozen(value)) return toWireJson(value);
  let body = encoded.get(value);
  if (body === undefined) {
    body = Buffer.from(toWireJson(value));
    encoded.set(value, body);
  }
  return body;
}
