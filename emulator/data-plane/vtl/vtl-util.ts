/** $util in a mapping template (AWS's mapping template reference). */
export const vtlUtil = {
  escapeJavaScript: (value: unknown): string => {
    const text = typeof value === "string" ? value : JSON.stringify(value ?? null);
    return JSON.stringify(text).slice(1, -1).replace(/'/g, "\\'");
  },
  parseJson: (text: string): unknown => JSON.parse(text),
  toJson: (value: unknown): string => JSON.stringify(value ?? null),
  urlEncode: (text: string): string => encodeURIComponent(String(text)).replace(/%20/g, "+"),
  urlDecode: (text: string): string => decodeURIComponent(String(text).replace(/\+/g, "%20")),
  base64Encode: (text: string): string => Buffer.from(String(text)).toString("base64"),
  base64Decode: (text: string): string => Buffer.from(String(text), "base64").toString("utf8"),
};
