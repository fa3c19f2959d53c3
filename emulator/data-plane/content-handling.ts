/** contentHandling on an integration request or response: how a payload crosses between text and binary. */
export type ContentHandling = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";

const isUtf8Text = (body: Buffer) => Buffer.from(body.toString("utf8"), "utf8").equals(body);

/**
 * CONVERT_TO_BINARY decodes a base64 text payload; CONVERT_TO_TEXT base64-encodes a binary one (text stays
 * as it is); without a setting the payload passes through.
 */
export function applyContentHandling(body: Buffer, handling: ContentHandling | undefined): Buffer {
  if (handling === "CONVERT_TO_BINARY") return Buffer.from(body.toString("utf8"), "base64");
  if (handling === "CONVERT_TO_TEXT" && !isUtf8Text(body)) return Buffer.from(body.toString("base64"));
  return body;
}
