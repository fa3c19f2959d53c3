import type { IntegrationDefinition, IntegrationResponseDefinition, MethodDefinition, MethodResponseDefinition } from "./method-definition";

/** A JSON Patch operation as API Gateway takes it: the value is always a string. */
export type PatchOp = { op: "add" | "remove" | "replace"; path: string; value?: string };

/** One AWS call a save makes, in the order the plan lists them. */
export type PlanStep =
  | { kind: "UpdateMethod"; patchOperations: PatchOp[] }
  | { kind: "PutIntegration"; integration: Omit<IntegrationDefinition, "integrationResponses"> }
  | { kind: "UpdateIntegration"; patchOperations: PatchOp[] }
  | { kind: "PutMethodResponse"; statusCode: string; response: MethodResponseDefinition }
  | { kind: "UpdateMethodResponse"; statusCode: string; patchOperations: PatchOp[] }
  | { kind: "PutIntegrationResponse"; statusCode: string; response: IntegrationResponseDefinition }
  | { kind: "UpdateIntegrationResponse"; statusCode: string; patchOperations: PatchOp[] }
  | { kind: "DeleteIntegrationResponse"; statusCode: string }
  | { kind: "DeleteMethodResponse"; statusCode: string };

/** Escapes one JSON Pointer segment ("application/json" -> "application~1json"). */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function mapPatch<V>(prefix: string, before: Record<string, V>, after: Record<string, V>, toValue: (value: V) => string): PatchOp[] {
  const ops: PatchOp[] = [];
  for (const [key, value] of Object.entries(after)) {
    const path = `${prefix}/${pointerSegment(key)}`;
    if (!(key in before)) ops.push({ op: "add", path, value: toValue(value) });
    else if (before[key] !== value) ops.push({ op: "replace", path, value: toValue(value) });
  }
  for (const key of Object.keys(before)) if (!(key in after)) ops.push({ op: "remove", path: `${prefix}/${pointerSegment(key)}` });
  return ops;
}

function replaceIfChanged(path: string, before: string, after: string): PatchOp[] {
  return before === after ? [] : [{ op: "replace", path, value: after }];
}

function methodRequestPatch(before: MethodDefinition, after: MethodDefinition): PatchOp[] {
  const scopesBefore = new Set(before.authorizationScopes);
  const scopesAfter = new Set(after.authorizationScopes);
  return [
    ...replaceIfChanged("/authorizationType", before.authorizationType, after.authorizationType),
    ...replaceIfChanged("/authorizerId", before.authorizerId ?? "", after.authorizerId ?? ""),
    ...after.authorizationScopes.filter((scope) => !scopesBefore.has(scope)).map((value): PatchOp => ({ op: "add", path: "/authorizationScopes", value })),
    ...before.authorizationScopes.filter((scope) => !scopesAfter.has(scope)).map((value): PatchOp => ({ op: "remove", path: "/authorizationScopes", value })),
    ...replaceIfChanged("/apiKeyRequired", String(before.apiKeyRequired), String(after.apiKeyRequired)),
    ...replaceIfChanged("/operationName", before.operationName, after.operationName),
    ...replaceIfChanged("/requestValidatorId", before.requestValidatorId ?? "", after.requestValidatorId ?? ""),
    ...mapPatch("/requestParameters", before.requestParameters, after.requestParameters, String),
    ...mapPatch("/requestModels", before.requestModels, after.requestModels, String),
  ];
}

function integrationPatch(before: IntegrationDefinition, after: IntegrationDefinition): PatchOp[] {
  const keysBefore = new Set(before.cacheKeyParameters);
  const keysAfter = new Set(after.cacheKeyParameters);
  return [
    ...replaceIfChanged("/httpMethod", before.httpMethod ?? "", after.httpMethod ?? ""),
    ...replaceIfChanged("/uri", before.uri, after.uri),
    ...replaceIfChanged("/passthroughBehavior", before.passthroughBehavior, after.passthroughBehavior),
    ...replaceIfChanged("/timeoutInMillis", String(before.timeoutInMillis), String(after.timeoutInMillis)),
    ...replaceIfChanged("/credentials", before.credentials, after.credentials),
    ...replaceIfChanged("/contentHandling", before.contentHandling ?? "", after.contentHandling ?? ""),
    ...mapPatch("/requestParameters", before.requestParameters, after.requestParameters, String),
    ...mapPatch("/requestTemplates", before.requestTemplates, after.requestTemplates, String),
    ...after.cacheKeyParameters.filter((key) => !keysBefore.has(key)).map((key): PatchOp => ({ op: "add", path: `/cacheKeyParameters/${pointerSegment(key)}` })),
    ...before.cacheKeyParameters.filter((key) => !keysAfter.has(key)).map((key): PatchOp => ({ op: "remove", path: `/cacheKeyParameters/${pointerSegment(key)}` })),
  ];
}

function integrationSteps(before: IntegrationDefinition | null, after: IntegrationDefinition | null): PlanStep[] {
  if (!after) return [];
  const integration: Omit<IntegrationDefinition, "integrationResponses"> & { integrationResponses?: unknown } = { ...after };
  delete integration.integrationResponses;
  // A new integration, or a change of type, is one PutIntegration (AWS keeps the integration responses).
  if (!before || before.type !== after.type) return [{ kind: "PutIntegration", integration }];
  const patchOperations = integrationPatch(before, after);
  return patchOperations.length > 0 ? [{ kind: "UpdateIntegration", patchOperations }] : [];
}

function methodResponseSteps(before: MethodDefinition, after: MethodDefinition): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const [statusCode, response] of Object.entries(after.methodResponses)) {
    const old = before.methodResponses[statusCode];
    if (!old) {
      steps.push({ kind: "PutMethodResponse", statusCode, response });
      continue;
    }
    const patchOperations = [
      ...mapPatch("/responseParameters", old.responseParameters, response.responseParameters, String),
      ...mapPatch("/responseModels", old.responseModels, response.responseModels, String),
    ];
    if (patchOperations.length > 0) steps.push({ kind: "UpdateMethodResponse", statusCode, patchOperations });
  }
  return steps;
}

function integrationResponseSteps(before: IntegrationDefinition | null, after: IntegrationDefinition | null): PlanStep[] {
  if (!after) return [];
  const steps: PlanStep[] = [];
  for (const [statusCode, response] of Object.entries(after.integrationResponses)) {
    const old = before?.integrationResponses[statusCode];
    if (!old) {
      steps.push({ kind: "PutIntegrationResponse", statusCode, response });
      continue;
    }
    const patchOperations = [
      ...replaceIfChanged("/selectionPattern", old.selectionPattern, response.selectionPattern),
      ...replaceIfChanged("/contentHandling", old.contentHandling ?? "", response.contentHandling ?? ""),
      ...mapPatch("/responseParameters", old.responseParameters, response.responseParameters, String),
      ...mapPatch("/responseTemplates", old.responseTemplates, response.responseTemplates, String),
    ];
    if (patchOperations.length > 0) steps.push({ kind: "UpdateIntegrationResponse", statusCode, patchOperations });
  }
  return steps;
}

function deletionSteps(before: MethodDefinition, after: MethodDefinition): PlanStep[] {
  const goneIntegration = Object.keys(before.integration?.integrationResponses ?? {}).filter((code) => !after.integration?.integrationResponses[code]);
  const goneMethod = Object.keys(before.methodResponses).filter((code) => !after.methodResponses[code]);
  return [
    ...goneIntegration.map((statusCode): PlanStep => ({ kind: "DeleteIntegrationResponse", statusCode })),
    ...goneMethod.map((statusCode): PlanStep => ({ kind: "DeleteMethodResponse", statusCode })),
  ];
}

/**
 * The fewest AWS calls that turn `before` into `after`, in a safe order: what an integration maps must be declared
 * first (method request, then method responses), and integration responses go before the method responses they use.
 */
export function planMethodSave(before: MethodDefinition, after: MethodDefinition): PlanStep[] {
  const methodOps = methodRequestPatch(before, after);
  return [
    ...(methodOps.length > 0 ? [{ kind: "UpdateMethod", patchOperations: methodOps } as const] : []),
    ...integrationSteps(before.integration, after.integration),
    ...methodResponseSteps(before, after),
    ...integrationResponseSteps(before.integration, after.integration),
    ...deletionSteps(before, after),
  ];
}

/** A one-line description of a step for the plan shown before saving, e.g. "UpdateIntegration: replace /uri". */
export function describeStep(step: PlanStep): string {
  const target = "statusCode" in step ? ` ${step.statusCode}` : "";
  if ("patchOperations" in step) return `${step.kind}${target}: ${step.patchOperations.map((op) => `${op.op} ${op.path}`).join(", ")}`;
  if (step.kind === "PutIntegration") return `PutIntegration: ${step.integration.type}${step.integration.uri ? ` ${step.integration.uri}` : ""}`;
  return `${step.kind}${target}`;
}

const fieldsByPatchPath: Record<string, Record<string, string>> = {
  UpdateMethod: { "/authorizationType": "authorizationType", "/authorizerId": "authorizerId", "/operationName": "operationName", "/requestValidatorId": "requestValidatorId" },
  UpdateIntegration: { "/uri": "integration.uri", "/httpMethod": "integration.httpMethod", "/timeoutInMillis": "integration.timeoutInMillis", "/credentials": "integration.credentials", "/contentHandling": "integration.contentHandling" },
};

/** The editor field a refused step is about, when the step changes exactly one such field, so AWS's message can sit beside it. */
export function fieldOfStep(step: PlanStep): string | null {
  if (step.kind === "PutIntegration") return step.integration.type === "MOCK" ? "integration.type" : "integration.uri";
  if (step.kind !== "UpdateMethod" && step.kind !== "UpdateIntegration") return null;
  const fields = step.patchOperations.map((op) => fieldsByPatchPath[step.kind]?.[op.path]).filter((field): field is string => Boolean(field));
  return fields.length === 1 && step.patchOperations.length === 1 ? fields[0]! : null;
}
