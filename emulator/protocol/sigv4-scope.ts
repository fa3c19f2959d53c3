import { createHash } from "node:crypto";

export interface CallerScope {
  accessKeyId: string;
  accountId: string;
  region: string;
  /** The SigV4 credential-scope service (apigateway, monitoring), when the request is signed. */
  service: string | undefined;
}

export const DEFAULT_ACCOUNT_ID = "000000000000";
export const DEFAULT_REGION = "us-east-1";

const credentialPattern = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

/**
 * Reads who is calling from the SigV4 Authorization header. Signatures are not verified: the sandbox
 * is local. State is kept apart per account (derived from the access key) and per region (from the scope).
 */
export function callerScope(authorization: string | undefined, fallbackRegion = DEFAULT_REGION): CallerScope {
  const match = authorization ? credentialPattern.exec(authorization) : null;
  if (!match) {
    return { accessKeyId: "", accountId: DEFAULT_ACCOUNT_ID, region: fallbackRegion, service: undefined };
  }
  const [, accessKeyId = "", region = fallbackRegion, service] = match;
  return { accessKeyId, accountId: accountForAccessKey(accessKeyId), region, service };
}

/**
 * A 12-digit access key is taken as the account id (as LocalStack does); the conventional local keys
 * ("test", AWS's documentation examples) map to the default account; any other key gets a stable
 * account of its own, so two keys never share state by accident.
 */
export function accountForAccessKey(accessKeyId: string): string {
  if (/^\d{12}$/.test(accessKeyId)) return accessKeyId;
  if (accessKeyId === "" || accessKeyId === "test" || accessKeyId.endsWith("EXAMPLE")) return DEFAULT_ACCOUNT_ID;
  const digest = createHash("sha256").update(accessKeyId).digest();
  return (digest.readBigUInt64BE(0) % 1_000_000_000_000n).toString().padStart(12, "0");
}
