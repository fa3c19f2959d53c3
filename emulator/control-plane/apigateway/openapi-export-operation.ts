// One method as an OpenAPI operation: parameters, request body, responses, operationId.
import type { Method, MethodResponse } from "./types";
import { compact, localModelPrefix, parameterLocations, type JsonObject, type OpenApiDialect } from "./openapi-shared";

const modelRef = (dialect: OpenApiDialect, name: string) => ({ $ref: `${localModelPrefix(dialect)}${name}` });

function exportParameters(method: Method, dialect: OpenApiDialect): JsonObject[] {
  const parameters: JsonObject[] = [];
  for (const [key, required] of Object.entries(method.requestParameters ?? {})) {
    const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
    if (!match) continue;
    const location = parameterLocations[match[1]!]!;
    const type = dialect === "oas30" ? { schema: { type: "string" } } : { type: "string" };
    parameters.push({ name: match[2]!, in: location, required: location === "path" ? true : required, ...type });
  }
  return parameters;
}

function exportResponse(response: MethodResponse, dialect: OpenApiDialect): JsonObject {
  const headerNames = Object.keys(response.responseParameters ?? {})
    .map((key) => /^method\.response\.header\.(.+)$/.exec(key)?.[1])
    .filter((name): name is string => name !== undefined);
  const headerType = dialect === "oas30" ? { schema: { type: "string" } } : { type: "string" };
  const headers = Object.fromEntries(headerNames.map((name) => [name, headerType]));
  const models = Object.entries(response.responseModels ?? {});
  if (dialect === "swagger") {
    return compact({ description: `${response.statusCode} response`, schema: models[0] ? modelRef(dialect, models[0][1]) : undefined, headers });
  }
  const content = Object.fromEntries(models.map(([type, name]) => [type, { schema: modelRef(dialect, name) }]));
  // AWS's OpenAPI 3 export keeps an empty content map on a response without models.
  return { ...compact({ description: `${response.statusCode} response`, headers }), content };
}

/** OpenAPI needs at least one response; a method without any gets a "default" one, which import skips. */
function exportResponses(method: Method, dialect: OpenApiDialect): JsonObject {
  const responses = Object.values(method.methodResponses ?? {});
  if (responses.length === 0) return { default: { description: "Default response" } };
  return Object.fromEntries(responses.map((response) => [response.statusCode, exportResponse(response, dialect)]));
}

/** The operation without security and extensions, which need the API's authorizers and validators. */
export function exportOperation(method: Method, dialect: OpenApiDialect): JsonObject {
  const parameters = exportParameters(method, dialect);
  const requestModels = Object.entries(method.requestModels ?? {});
  const responseTypes = [...new Set(Object.values(method.methodResponses ?? {}).flatMap((r) => Object.keys(r.responseModels ?? {})))];
  const operation: JsonObject = { operationId: method.operationName, parameters };
  if (dialect === "oas30") {
    const content = Object.fromEntries(requestModels.map(([type, name]) => [type, { schema: modelRef(dialect, name) }]));
    if (requestModels.length > 0) operation.requestBody = { content, required: true };
  } else {
    const first = requestModels[0];
    if (first) parameters.push({ in: "body", name: first[1], required: true, schema: modelRef(dialect, first[1]) });
    operation.consumes = requestModels.map(([type]) => type);
    operation.produces = responseTypes;
  }
  return { ...operation, responses: exportResponses(method, dialect) };
}
