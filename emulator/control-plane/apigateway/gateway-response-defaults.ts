import type { GatewayResponse } from "./types";

// The 21 gateway response types (botocore GatewayResponseType) with AWS's default status codes, and how
// an API's customisations combine with them. Pure: the data plane renders errors through this too.

export const gatewayResponseDefaults = {
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  ACCESS_DENIED: "403",
  API_CONFIGURATION_ERROR: "500",
  AUTHORIZER_CONFIGURATION_ERROR: "500",
  AUTHORIZER_FAILURE: "500",
  BAD_REQUEST_PARAMETERS: "400",
  BAD_REQUEST_BODY: "400",
  EXPIRED_TOKEN: "403",
  INTEGRATION_FAILURE: "504",
  INTEGRATION_TIMEOUT: "504",
  INVALID_API_KEY: "403",
  INVALID_SIGNATURE: "403",
  MISSING_AUTHENTICATION_TOKEN: "403",
  QUOTA_EXCEEDED: "429",
  REQUEST_TOO_LARGE: "413",
  RESOURCE_NOT_FOUND: "404",
  THROTTLED: "429",
  UNAUTHORIZED: "401",
  UNSUPPORTED_MEDIA_TYPE: "415",
  WAF_FILTERED: "403",
} as const satisfies Record<string, string | undefined>;

export type GatewayResponseType = keyof typeof gatewayResponseDefaults;
export const gatewayResponseTypes = Object.keys(gatewayResponseDefaults) as GatewayResponseType[];

export const defaultResponseTemplates: Readonly<Record<string, string>> = { "application/json": '{"message":$context.error.messageString}' };

/** The DEFAULT_4XX or DEFAULT_5XX type a specific type falls back to (none for the two defaults themselves). */
export function fallbackType(type: GatewayResponseType): GatewayResponseType | undefined {
  const status = gatewayResponseDefaults[type];
  if (status === undefined) return undefined;
  return status.startsWith("4") ? "DEFAULT_4XX" : "DEFAULT_5XX";
}

const findCustomised = (customised: readonly object[], type: string) =>
  (customised as readonly Partial<GatewayResponse>[]).find((response) => response.responseType === type);

/**
 * The response an API answers for a gateway error type: its own customisation if any; otherwise the
 * parameters and templates of a customised DEFAULT_4XX/5XX. The status is the first one set of: the
 * type's customisation, its class's DEFAULT_4XX/5XX, the type's default.
 */
export function effectiveGatewayResponse(customised: readonly object[], type: GatewayResponseType): GatewayResponse {
  const own = findCustomised(customised, type);
  const fallbackName = fallbackType(type);
  const fallback = fallbackName ? findCustomised(customised, fallbackName) : undefined;
  const statusCode = own?.statusCode ?? fallback?.statusCode ?? gatewayResponseDefaults[type];
  if (own) return { ...(own as GatewayResponse), responseType: type, statusCode, defaultResponse: false };
  return {
    responseType: type,
    statusCode,
    responseParameters: { ...(fallback?.responseParameters ?? {}) },
    responseTemplates: { ...(fallback?.responseTemplates ?? defaultResponseTemplates) },
    defaultResponse: true,
  };
}
