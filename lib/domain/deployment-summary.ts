// AWS exports only stages; for a deployment no stage serves and Archway did not record, GetDeployment's apiSummary
// (each method and how it is protected) is all that can be read. These documents compare at that level.
import { isJsonObject, type JsonObject } from "./openapi-json";
import { ANY_METHOD_KEY } from "./openapi-from-snapshot";
import { API_KEY_SCHEME, SIGV4_SCHEME } from "./openapi-operation-from-snapshot";

export type ApiSummary = Record<string, Record<string, { authorizationType?: string; apiKeyRequired?: boolean }>>;

const marker = "x-archway-summary-only";
const verbKey = (verb: string) => (verb === "ANY" ? ANY_METHOD_KEY : verb.toLowerCase());

/** A document holding only what GetDeployment's apiSummary says: paths, methods, authorization and API key. */
export function documentFromApiSummary(summary: ApiSummary): JsonObject {
  const paths = Object.fromEntries(
    Object.entries(summary).map(([path, methods]) => [
      path,
      Object.fromEntries(Object.entries(methods).map(([verb, method]) => [verbKey(verb), { authorizationType: method.authorizationType ?? "NONE", apiKeyRequired: Boolean(method.apiKeyRequired) }])),
    ]),
  );
  return { openapi: "3.0.1", info: {}, paths, [marker]: true };
}

/** Whether a document is only a deployment summary. */
export function isSummaryOnly(document: JsonObject): boolean {
  return document[marker] === true;
}

/** A full export reduced to what a deployment summary holds, so the two compare like with like. */
export function summaryProjection(document: JsonObject): JsonObject {
  if (isSummaryOnly(document)) return document;
  const schemes = isJsonObject(document.components) && isJsonObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  const summary: ApiSummary = {};
  for (const [path, item] of Object.entries(isJsonObject(document.paths) ? document.paths : {})) {
    if (!isJsonObject(item)) continue;
    for (const [key, operation] of Object.entries(item)) {
      if (!isJsonObject(operation) || key === "parameters") continue;
      const names = (Array.isArray(operation.security) ? operation.security : []).flatMap((requirement) => (isJsonObject(requirement) ? Object.keys(requirement) : []));
      const authorizer = names.find((name) => name !== API_KEY_SCHEME && name !== SIGV4_SCHEME);
      const authType = authorizer && isJsonObject(schemes[authorizer]) ? schemes[authorizer]["x-amazon-apigateway-authtype"] : undefined;
      const authorizationType = names.includes(SIGV4_SCHEME) ? "AWS_IAM" : authorizer ? (authType === "cognito_user_pools" ? "COGNITO_USER_POOLS" : "CUSTOM") : "NONE";
      (summary[path] ??= {})[key === ANY_METHOD_KEY ? "ANY" : key.toUpperCase()] = { authorizationType, apiKeyRequired: names.includes(API_KEY_SCHEME) };
    }
  }
  return documentFromApiSummary(summary);
}

/** Both documents at the level of the less detailed one. */
export function comparableDocuments(before: JsonObject, after: JsonObject): { before: JsonObject; after: JsonObject; summaryOnly: boolean } {
  if (!isSummaryOnly(before) && !isSummaryOnly(after)) return { before, after, summaryOnly: false };
  return { before: summaryProjection(before), after: summaryProjection(after), summaryOnly: true };
}
