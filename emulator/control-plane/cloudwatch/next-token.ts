import { AwsError } from "../../protocol/aws-error";

/** NextToken for offset-based pages; opaque to clients, checked on the way back in. */
export function encodeNextToken(offset: number, kind: string): string {
  return Buffer.from(JSON.stringify({ k: kind, o: offset })).toString("base64url");
}

export function decodeNextToken(token: string | undefined, kind: string): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { k?: unknown; o?: unknown };
    if (parsed.k === kind && typeof parsed.o === "number" && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // falls through to the error below
  }
  throw new AwsError("InvalidNextToken", "The service couldn't process the NextToken.");
}
