import type { ResourceSnapshot } from "./api-design";
import { methodsWhere, type MethodRef } from "./api-design";

export type ModelSummary = { id: string; name: string; description: string | null; contentType: string; schema: string };

const modelRefPattern = /https?:\/\/apigateway\.amazonaws\.com\/restapis\/[^/"]+\/models\/([A-Za-z0-9]+)/g;

/** The other models a schema refers to with API Gateway's `$ref` URLs. */
export function referencedModelNames(schema: string): string[] {
  return [...new Set([...schema.matchAll(modelRefPattern)].map((match) => match[1]!))];
}

/** The `$ref` URL another schema uses to point at a model of this API. */
export function modelReferenceUrl(restApiId: string, modelName: string): string {
  return `https://apigateway.amazonaws.com/restapis/${restApiId}/models/${modelName}`;
}

/** Methods whose request or responses use the model, for "used by" and the delete refusal. */
export function methodsUsingModel(resources: readonly ResourceSnapshot[], modelName: string): MethodRef[] {
  return methodsWhere(
    resources,
    (method) => Object.values(method.requestModels).includes(modelName) || Object.values(method.responseModels).some((models) => Object.values(models).includes(modelName)),
  );
}

/** "GET /pets, POST /pets and 2 more" */
export function describeMethods(methods: readonly MethodRef[], limit = 3): string {
  const names = methods.map((method) => `${method.httpMethod} ${method.path}`);
  if (names.length <= limit) return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return `${names.slice(0, limit).join(", ")} and ${names.length - limit} more`;
}
