// One OpenAPI operation back to a method: parameters, request models, method responses.
import type { MethodResponse } from "./types";
import { isObject, localModelPrefix, type JsonObject, type OpenApiDialect } from "./openapi-shared";

const locationKeys: Record<string, string> = { path: "path", query: "querystring", header: "header" };

/** A local model reference's name, or undefined for inline schemas (which the sandbox does not turn into models). */
export function modelName(schema: unknown, dialect: OpenApiDialect): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== "string") return undefined;
  const prefix = localModelPrefix(dialect);
  return schema.$ref.startsWith(prefix) ? schema.$ref.slice(prefix.length) : undefined;
}

export function importRequestParameters(parameters: readonly JsonObject[], warn: (message: string) => void): Record<string, boolean> | undefined {
  const out: Record<string, boolean> = {};
  for (const parameter of parameters) {
    if (parameter.in === "body") continue;
    const location = locationKeys[String(parameter.in)];
    if (!location) {
      warn(`Parameter ${String(parameter.name)} in ${String(parameter.in)} is not supported and was ignored`);
      continue;
    }
    out[`method.request.${location}.${String(parameter.name)}`] = parameter.required === true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function importRequestModels(operation: JsonObject, parameters: readonly JsonObject[], consumes: string[], dialect: OpenApiDialect): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (dialect === "oas30") {
    const content = isObject(operation.requestBody) && isObject(operation.requestBody.content) ? operation.requestBody.content : {};
    for (const [type, media] of Object.entries(content)) {
      const name = isObject(media) ? modelName(media.schema, dialect) : undefined;
      if (name) out[type] = name;
    }
  } else {
    const body = parameters.find((parameter) => parameter.in === "body");
    const name = body ? modelName(body.schema, dialect) : undefined;
    if (name) for (const type of consumes.length > 0 ? consumes : ["application/json"]) out[type] = name;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function importResponse(statusCode: string, raw: JsonObject, produces: string[], dialect: OpenApiDialect): MethodResponse {
  const headers = isObject(raw.headers) ? Object.keys(raw.headers) : [];
  const responseParameters = Object.fromEntries(headers.map((name) => [`method.response.header.${name}`, false]));
  const models: Record<string, string> = {};
  if (dialect === "oas30" && isObject(raw.content)) {
    for (const [type, media] of Object.entries(raw.content)) {
      const name = isObject(media) ? modelName(media.schema, dialect) : undefined;
      if (name) models[type] = name;
    }
  } else {
    const name = modelName(raw.schema, dialect);
    if (name) for (const type of produces.length > 0 ? produces : ["application/json"]) models[type] = name;
  }
  return {
    statusCode,
    ...(headers.length > 0 ? { responseParameters } : {}),
    ...(Object.keys(models).length > 0 ? { responseModels: models } : {}),
  };
}

export function importMethodResponses(responses: unknown, produces: string[], dialect: OpenApiDialect): Record<string, MethodResponse> | undefined {
  if (!isObject(responses)) return undefined;
  const out: Record<string, MethodResponse> = {};
  for (const [code, raw] of Object.entries(responses)) {
    if (!/^[1-5]\d\d$/.test(code) || !isObject(raw)) continue;
    out[code] = importResponse(code, raw, produces, dialect);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
