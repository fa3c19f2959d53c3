import type { IntegrationResponseSnapshot, MethodSnapshot } from "./api-design";
import { planStep, type PatchOperation, type PlanStep } from "./plan";
import { headerPatches, patchSegment, responseHeaders, toResponseParameters } from "./response-header-patches";

export type ResponseTarget = { at: { restApiId: string; resourceId: string; httpMethod: string }; path: string; statusCode: string };

/**
 * Steps that bring one method's response (method response + integration response) to the desired managed headers
 * and templates. Adding declares the header before mapping it; removing unmaps it before undeclaring, as AWS requires.
 */
export function syncResponseSteps(
  target: ResponseTarget,
  method: MethodSnapshot,
  desiredHeaders: Record<string, string>,
  desiredTemplates: (current: IntegrationResponseSnapshot) => Record<string, string>,
  managed: (name: string, value?: string) => boolean,
): PlanStep[] {
  const { at, statusCode, path } = target;
  const label = `${at.httpMethod} ${path}`;
  const base = `${at.resourceId}:${at.httpMethod}:${statusCode}`;
  const declared = Object.fromEntries(Object.keys(desiredHeaders).map((name) => [name, false]));
  const methodResponse = method.methodResponses[statusCode];
  const integrationResponse = method.integrationResponses[statusCode];
  const steps: PlanStep[] = [];
  const currentMapped = responseHeaders(integrationResponse?.responseParameters ?? {});
  const isManagedDeclaration = (name: string) => managed(name, currentMapped[name]);

  const methodPatches = methodResponse ? headerPatches(responseHeaders(methodResponse.responseParameters), declared, isManagedDeclaration) : [];
  if (!methodResponse) {
    steps.push(planStep(`${base}:method-response`, `Declare the CORS headers on ${label} ${statusCode}`, { operation: "PutMethodResponse", input: { ...at, statusCode, responseParameters: toResponseParameters(declared) } }));
  }
  const additions = methodPatches.filter((patch) => patch.op !== "remove");
  if (additions.length > 0) steps.push(updateMethodResponse(`${base}:declare`, `Declare ${headerNames(additions)} on ${label} ${statusCode}`, at, statusCode, additions));

  if (!integrationResponse) {
    const empty = { responseParameters: {}, responseTemplates: {} };
    steps.push(
      planStep(`${base}:integration-response`, `Map the CORS headers on ${label} ${statusCode}`, {
        operation: "PutIntegrationResponse",
        input: { ...at, statusCode, responseParameters: toResponseParameters(desiredHeaders), responseTemplates: desiredTemplates(empty) },
      }),
    );
  } else {
    const headerOps = headerPatches(currentMapped, desiredHeaders, managed);
    const templateOps = templatePatches(integrationResponse.responseTemplates, desiredTemplates(integrationResponse));
    if (headerOps.length + templateOps.length > 0) {
      const what = [headerOps.length ? headerNames(headerOps) : null, templateOps.length ? "the Origin check template" : null].filter(Boolean).join(" and ");
      steps.push(planStep(`${base}:map`, `Update ${what} on ${label} ${statusCode}`, { operation: "UpdateIntegrationResponse", input: { ...at, statusCode, patchOperations: [...headerOps, ...templateOps] } }));
    }
  }
  const removals = methodPatches.filter((patch) => patch.op === "remove");
  if (removals.length > 0) steps.push(updateMethodResponse(`${base}:undeclare`, `Remove ${headerNames(removals)} from ${label} ${statusCode}`, at, statusCode, removals));
  return steps;
}

function updateMethodResponse(id: string, title: string, at: ResponseTarget["at"], statusCode: string, patchOperations: PatchOperation[]): PlanStep {
  return planStep(id, title, { operation: "UpdateMethodResponse", input: { ...at, statusCode, patchOperations } });
}

/** Patches for the templates that differ; a template not wanted any more is removed. */
export function templatePatches(current: Record<string, string>, desired: Record<string, string>): PatchOperation[] {
  const patches: PatchOperation[] = [];
  for (const type of Object.keys(current)) if (!(type in desired)) patches.push({ op: "remove", path: `/responseTemplates/${patchSegment(type)}` });
  for (const [type, template] of Object.entries(desired)) {
    if (current[type] === template) continue;
    patches.push({ op: type in current ? "replace" : "add", path: `/responseTemplates/${patchSegment(type)}`, value: template });
  }
  return patches;
}

function headerNames(patches: readonly PatchOperation[]): string {
  const names = patches.filter((patch) => patch.path.startsWith("/responseParameters/")).map((patch) => patch.path.split(".").pop()!);
  return [...new Set(names)].join(", ");
}
