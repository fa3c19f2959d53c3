// One method as an OpenAPI operation: parameters, request body, responses, operationId.
// Shapes follow AWS's recorded exports (localstack tests/aws/services/apigateway/test_apigateway_extended.snapshot.json,
// test_export_swagger_openapi and test_export_oas30_openapi).
import type { Integration, Method, MethodResponse } from "./types";
import { compact, localModelPrefix, parameterLocations, type JsonObject, type OpenApiDialect } from "./openapi-shared";

const modelRef = (dialect: OpenApiDialect, name: string) => ({ $ref: `${localModelPrefix(dialect)}${name}` });

function exportParameters(method: Method, dialect: OpenApiDialect): JsonObject[] {
  const parameters: JsonObject[] = [];
  for (const [key, required] of Object.entries(method.requestParameters ?? {})) {
    const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
    if (!match) continue;
    const location = parameterLocations[match[1]!]!;
    const isRequired = location === "path" ? true : required;
    // OpenAPI 3 leaves `required: false` out (its default); Swagger 2.0 states it.
    if (dialect === "oas30") parameters.push({ name: match[2]!, in: location, ...(isRequired ? { required: true } : {}), schema: { type: "string" } });
    else parameters.push({ name: match[2]!, in: location, required: isRequired, type: "string" });
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

/** Swagger's media types: the request models' and request templates' in, the response models' and templates' out. */
function mediaTypes(method: Method): { consumes: string[]; produces: string[] } {
  const integration: Partial<Integration> = method.methodIntegration ?? {};
  const responseModels = Object.values(method.methodResponses ?? {}).flatMap((r) => Object.keys(r.responseModels ?? {}));
  const responseTemplates = Object.values(integration.integrationResponses ?? {}).flatMap((r) => Object.keys(r.responseTemplates ?? {}));
  return {
    consumes: [...new Set([...Object.keys(method.requestModels ?? {}), ...Object.keys(integration.requestTemplates ?? {})])],
    produces: [...new Set([...responseModels, ...responseTemplates])],
  };
}

/** The operation without security and extensions, which need the API's authorizers and validators. */
export function exportOperation(method: Method, dialect: OpenApiDialect): JsonObject {
  const parameters = exportParameters(method, dialect);
  const requestModels = Object.entries(method.requestModels ?? {});
  const operation: JsonObject = { operationId: method.operationName };
  if (dialect === "oas30") {
    const content = Object.fromEntries(requestModels.map(([type, name]) => [type, { schema: modelRef(dialect, name) }]));
    operation.parameters = parameters;
    if (requestModels.length > 0) operation.requestBody = { content, required: true };
  } else {
    const first = requestModels[0];
    if (first) parameters.push({ in: "body", name: first[1], required: true, schema: modelRef(dialect, first[1]) });
    // AWS's order: operationId, consumes, produces, parameters, responses.
    Object.assign(operation, mediaTypes(method), { parameters });
  }
  return { ...operation, responses: exportResponses(method, dialect) };
}
