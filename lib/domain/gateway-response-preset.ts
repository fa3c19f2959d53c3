import type { ApiDesignSnapshot } from "./api-design";
import { defaultResponse, sameMap } from "./cors-gateway-responses";
import { planStep, type Plan } from "./plan";

/** The body every error answers with under the preset: AWS's message and the request id, nothing internal. */
export const safeErrorTemplate = '{"message": $context.error.messageString, "requestId": "$context.requestId"}';

/**
 * The safe error responses preset as a plan: DEFAULT_4XX and DEFAULT_5XX answer the same JSON shape.
 * Their status and headers (e.g. CORS) are kept; types already in that shape are left out.
 */
export function planSafeErrorPreset(snapshot: ApiDesignSnapshot): Plan {
  const steps = (["DEFAULT_4XX", "DEFAULT_5XX"] as const).flatMap((type) => {
    const current = snapshot.gatewayResponses.find((response) => response.responseType === type) ?? defaultResponse(type);
    const templates = { "application/json": safeErrorTemplate };
    if (!current.isDefault && sameMap(current.responseTemplates, templates)) return [];
    return [
      planStep(`preset:${type}`, `Answer ${type} errors with {"message", "requestId"} as JSON`, {
        operation: "PutGatewayResponse",
        input: {
          restApiId: snapshot.restApiId,
          responseType: type,
          ...(current.statusCode ? { statusCode: current.statusCode } : {}),
          responseParameters: current.responseParameters,
          responseTemplates: templates,
        },
      }),
    ];
  });
  const customised = snapshot.gatewayResponses.filter((response) => !response.isDefault && !response.responseType.startsWith("DEFAULT_"));
  const notes = customised.length
    ? [{ title: "Customised types keep their own body", text: `${customised.map((response) => response.responseType).join(", ")} ${customised.length === 1 ? "has" : "have"} its own template, which takes precedence over DEFAULT_4XX/5XX.` }]
    : [];
  return { steps, notes: [...notes, { title: "Deploy to take effect", text: "Stages answer with the new shape once the API is deployed." }] };
}
