import type { ApiDesignSnapshot, GatewayResponseSnapshot } from "./api-design";
import { isCorsHeader } from "./cors-settings";
import { planStep, type PlanStep } from "./plan";

const headerPrefix = "gatewayresponse.header.";
export const corsGatewayResponseTypes = ["DEFAULT_4XX", "DEFAULT_5XX"] as const;
export const defaultGatewayTemplates = { "application/json": '{"message":$context.error.messageString}' };

/** Puts DEFAULT_4XX/5XX's CORS headers to `desired` (empty to remove them), keeping their other settings. */
export function gatewayResponseSteps(snapshot: ApiDesignSnapshot, desired: Record<string, string>): PlanStep[] {
  return corsGatewayResponseTypes.flatMap((type) => {
    const current = snapshot.gatewayResponses.find((response) => response.responseType === type) ?? defaultResponse(type);
    const kept = Object.fromEntries(
      Object.entries(current.responseParameters).filter(([key, value]) => !(key.startsWith(headerPrefix) && isCorsHeader(key.slice(headerPrefix.length), value))),
    );
    const next = { ...kept, ...Object.fromEntries(Object.entries(desired).map(([name, value]) => [`${headerPrefix}${name}`, value])) };
    if (sameMap(next, current.responseParameters)) return [];
    const restApiId = snapshot.restApiId;
    if (Object.keys(next).length === 0 && current.statusCode === null && sameMap(current.responseTemplates, defaultGatewayTemplates)) {
      return [planStep(`gateway:${type}`, `Reset ${type} to AWS's default`, { operation: "DeleteGatewayResponse", input: { restApiId, responseType: type } })];
    }
    const verb = Object.keys(desired).length > 0 ? "Add CORS headers to" : "Remove CORS headers from";
    return [
      planStep(`gateway:${type}`, `${verb} ${type} so browsers can read errors`, {
        operation: "PutGatewayResponse",
        input: { restApiId, responseType: type, ...(current.statusCode ? { statusCode: current.statusCode } : {}), responseParameters: next, responseTemplates: current.responseTemplates },
      }),
    ];
  });
}

export function defaultResponse(responseType: string): GatewayResponseSnapshot {
  return { responseType, statusCode: null, responseParameters: {}, responseTemplates: { ...defaultGatewayTemplates }, isDefault: true };
}

export function sameMap(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
