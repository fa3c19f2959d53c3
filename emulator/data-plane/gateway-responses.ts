import { DEFAULT_GATEWAY_TEMPLATE, gatewayResponseDefaults, type GatewayResponseType } from "./gateway-response-types";

/** A gateway response as it applies to one error: status, header mappings and body templates. */
export interface ResolvedGatewayResponse {
  readonly statusCode: number;
  readonly responseParameters: Readonly<Record<string, string>>;
  readonly responseTemplates: Readonly<Record<string, string>>;
}

interface CustomisedResponse {
  responseType?: unknown;
  statusCode?: unknown;
  responseParameters?: unknown;
  responseTemplates?: unknown;
}

/**
 * Resolves the response for an error of `type` with status `status`, as AWS does: the customised
 * response of that type, else the customised DEFAULT_4XX/5XX of its class, else the built-in default.
 */
export function resolveGatewayResponse(
  type: GatewayResponseType,
  status: number,
  customised: readonly CustomisedResponse[],
): ResolvedGatewayResponse {
  const find = (wanted: GatewayResponseType) => customised.find((response) => response.responseType === wanted);
  const classDefault: GatewayResponseType = status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX";
  const own = find(type);
  const fallback = type === classDefault ? undefined : find(classDefault);
  const chosen = own ?? fallback;
  const statusFrom = (response: CustomisedResponse | undefined) =>
    response?.statusCode === undefined || response.statusCode === null ? undefined : Number(response.statusCode);
  // A status set on DEFAULT_4XX/5XX applies to every response of that class that is not customised itself.
  const statusCode = statusFrom(own) ?? statusFrom(fallback) ?? status;
  const templates = asStringMap(chosen?.responseTemplates);
  return {
    statusCode: Number.isFinite(statusCode) ? statusCode : status,
    responseParameters: asStringMap(chosen?.responseParameters),
    responseTemplates: Object.keys(templates).length > 0 ? templates : { "application/json": DEFAULT_GATEWAY_TEMPLATE },
  };
}

export const isGatewayResponseType = (value: string): value is GatewayResponseType => value in gatewayResponseDefaults;

function asStringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
