import { isProxyIntegration, type ApiDesignSnapshot } from "./api-design";
import { resourcesInScope, type CorsScope } from "./cors-headers";
import { isCorsPreflightMethod } from "./cors-plan";
import { withoutOriginEcho } from "./cors-origin-echo";
import { gatewayResponseSteps } from "./cors-gateway-responses";
import { syncResponseSteps } from "./cors-response-sync";
import { isCorsHeader } from "./cors-settings";
import { planStep, type Plan, type PlanStep } from "./plan";

const json = "application/json";

/**
 * The calls that take out what the configurator added in the scope and nothing else: its OPTIONS methods, the
 * CORS headers and Origin check on other methods, and (for the whole API) DEFAULT_4XX/5XX's CORS headers.
 */
export function planCorsRemoval(snapshot: ApiDesignSnapshot, scope: CorsScope): Plan {
  const steps: PlanStep[] = [];
  for (const resource of resourcesInScope(snapshot, scope)) {
    for (const method of resource.methods) {
      const at = { restApiId: snapshot.restApiId, resourceId: resource.id, httpMethod: method.httpMethod };
      if (isCorsPreflightMethod(method)) {
        steps.push(planStep(`${resource.id}:OPTIONS:delete`, `Delete the OPTIONS method of ${resource.path}`, { operation: "DeleteMethod", input: at }));
        continue;
      }
      if (method.httpMethod === "OPTIONS" || isProxyIntegration(method.integrationType) || !method.methodResponses["200"] || !method.integrationResponses["200"]) continue;
      const templates = (current: { responseTemplates: Record<string, string> }) => {
        const own = withoutOriginEcho(current.responseTemplates[json]);
        const rest = Object.fromEntries(Object.entries(current.responseTemplates).filter(([type]) => type !== json));
        return own === undefined ? rest : { ...rest, [json]: own };
      };
      steps.push(...syncResponseSteps({ at, path: resource.path, statusCode: "200" }, method, {}, templates, isCorsHeader));
    }
  }
  const notes = [{ title: "Deploy to take effect", text: "Stages keep serving CORS until the API is deployed again." }];
  if (scope.kind === "api") steps.push(...gatewayResponseSteps(snapshot, {}));
  else notes.push({ title: "Gateway responses kept", text: "DEFAULT_4XX and DEFAULT_5XX keep their CORS headers: other resources may rely on them. Remove CORS for the whole API to take those out too." });
  return { steps, notes };
}
