import { isProxyIntegration, type ApiDesignSnapshot, type MethodSnapshot, type ResourceSnapshot } from "./api-design";
import { actualResponseHeaderValues, gatewayResponseHeaderValues, preflightHeaderValues, proxyBackendSnippet, resourcesInScope, type CorsScope } from "./cors-headers";
import { hasOriginEcho, originEchoBlock, withOriginEcho, withoutOriginEcho } from "./cors-origin-echo";
import { corsSettingsRefusal, isCorsHeader, originMode, type CorsRefusal, type CorsSettings } from "./cors-settings";
import { planStep, type Plan, type PlanNote, type PlanStep } from "./plan";
import { syncResponseSteps, type ResponseTarget } from "./cors-response-sync";
import { gatewayResponseSteps } from "./cors-gateway-responses";

export type CorsPlanResult = { ok: true; plan: Plan } | { ok: false; refusal: CorsRefusal };

const json = "application/json";
const mockRequestTemplate = '{"statusCode": 200}';

/**
 * The AWS calls that make the scope answer browsers as the settings say. Only differences are planned, so
 * running it again after a change updates in place, and after a partial failure plans just the rest.
 */
export function planCors(snapshot: ApiDesignSnapshot, scope: CorsScope, settings: CorsSettings): CorsPlanResult {
  const refusal = corsSettingsRefusal(settings);
  if (refusal) return { ok: false, refusal };
  const steps: PlanStep[] = [];
  const notes: PlanNote[] = [];
  for (const resource of resourcesInScope(snapshot, scope)) {
    steps.push(...preflightSteps(snapshot.restApiId, resource, settings, notes));
    for (const method of resource.methods) {
      if (method.httpMethod === "OPTIONS" || !coversMethod(settings, method.httpMethod)) continue;
      steps.push(...actualResponseSteps(snapshot.restApiId, resource, method, settings, notes));
    }
  }
  steps.push(...gatewayResponseSteps(snapshot, gatewayResponseHeaderValues(settings)));
  if (originMode(settings).kind === "several") {
    notes.push({
      title: "Several origins",
      text: "API Gateway sends one Access-Control-Allow-Origin value, so the responses echo the request's Origin when it is on the list and add Vary: Origin. Gateway error responses echo any Origin: keep their bodies free of internals (see the safe error preset).",
    });
  }
  notes.push({ title: "Deploy to take effect", text: "These calls change the API's working copy; deploy it to a stage for browsers to see the change." });
  return { ok: true, plan: { steps, notes } };
}

const coversMethod = (settings: CorsSettings, httpMethod: string) => settings.allowMethods.includes(httpMethod) || settings.allowMethods.includes("ANY") || httpMethod === "ANY";

function preflightSteps(restApiId: string, resource: ResourceSnapshot, settings: CorsSettings, notes: PlanNote[]): PlanStep[] {
  const at = { restApiId, resourceId: resource.id, httpMethod: "OPTIONS" };
  const options = resource.methods.find((method) => method.httpMethod === "OPTIONS");
  if (options && options.integrationType !== null && options.integrationType !== "MOCK") {
    notes.push({ title: `OPTIONS ${resource.path} left alone`, text: `It has a ${options.integrationType} integration of its own, which must answer preflight requests itself.` });
    return [];
  }
  const headers = preflightHeaderValues(settings);
  const mode = originMode(settings);
  const template = mode.kind === "several" ? originEchoBlock(mode.origins) : "";
  const steps: PlanStep[] = [];
  if (!options) steps.push(planStep(`${resource.id}:OPTIONS:method`, `Add the OPTIONS method to ${resource.path}`, { operation: "PutMethod", input: { ...at, authorizationType: "NONE" } }));
  if (!options?.integrationType) {
    steps.push(
      planStep(`${resource.id}:OPTIONS:integration`, `Answer OPTIONS ${resource.path} with a MOCK integration`, {
        operation: "PutIntegration",
        input: { ...at, type: "MOCK", requestTemplates: { [json]: mockRequestTemplate } },
      }),
    );
  }
  const target: ResponseTarget = { at, path: resource.path, statusCode: "200" };
  const current = options ?? emptyMethod("OPTIONS");
  steps.push(...syncResponseSteps(target, current, headers, (ir) => ({ ...ir.responseTemplates, [json]: template }), () => true));
  return steps;
}

function actualResponseSteps(restApiId: string, resource: ResourceSnapshot, method: MethodSnapshot, settings: CorsSettings, notes: PlanNote[]): PlanStep[] {
  const label = `${method.httpMethod} ${resource.path}`;
  if (method.integrationType === null) return [];
  if (isProxyIntegration(method.integrationType)) {
    notes.push({
      title: `${label}: the backend must send the headers`,
      text: `A ${method.integrationType} integration passes the backend's response through, so API Gateway cannot add CORS headers to it. Return them from the backend:`,
      snippet: proxyBackendSnippet(settings),
    });
    return [];
  }
  if (!method.methodResponses["200"] || !method.integrationResponses["200"]) {
    notes.push({ title: `${label} has no 200 response`, text: "Add a 200 method response and integration response, then run the configurator again." });
    return [];
  }
  const mode = originMode(settings);
  const at = { restApiId, resourceId: resource.id, httpMethod: method.httpMethod };
  const templates = (current: { responseTemplates: Record<string, string> }) => {
    const own = current.responseTemplates[json];
    const next = mode.kind === "several" ? withOriginEcho(own, mode.origins) : withoutOriginEcho(own);
    const rest = Object.fromEntries(Object.entries(current.responseTemplates).filter(([type]) => type !== json));
    return next === undefined ? rest : { ...rest, [json]: next };
  };
  return syncResponseSteps({ at, path: resource.path, statusCode: "200" }, method, actualResponseHeaderValues(settings), templates, isCorsHeader);
}

const emptyMethod = (httpMethod: string): MethodSnapshot => ({
  httpMethod,
  authorizationType: "NONE",
  authorizerId: null,
  requestValidatorId: null,
  requestModels: {},
  integrationType: "MOCK",
  methodResponses: {},
  integrationResponses: {},
  responseModels: {},
});

/** True when this OPTIONS method is one the configurator made (a MOCK that sets CORS headers). */
export function isCorsPreflightMethod(method: MethodSnapshot): boolean {
  if (method.httpMethod !== "OPTIONS" || method.integrationType !== "MOCK") return false;
  const response = method.integrationResponses["200"];
  if (!response) return false;
  return Object.keys(response.responseParameters).some((key) => key.toLowerCase().startsWith("method.response.header.access-control-")) || hasOriginEcho(response.responseTemplates[json]);
}
