// One OpenAPI operation back to a method: parameters, request models, method responses.
import type { MethodResponse } from "./types";
import type { ModelReferences } from "./openapi-import-models";
import { isObject, type JsonObject } from "./openapi-shared";

const locationKeys: Record<string, string> = { path: "path", query: "querystring", header: "header" };

export function importRequestParameters(parameters: readonly JsonObject[], warn: (message: string) => void): Record<string, boolean> | undefined {
  const out: Record<string, boolean> = {};
  for (const parameter of parameters) {
    if (parameter.in === "body") continue;
    const location = locationKeys[String(parameter.in)];
    if (!location) {
      // API Gateway maps only path, query and header parameters. AWS's words for a formData one (its console import,
      // amazon-archives/aws-apigateway-importer#191 and traccar/traccar#2079, 2016); other places taken to read alike.
      warn(`Parameter type ${String(parameter.in)} for parameter ${String(parameter.name)} not supported. Ignoring.`);
      continue;
    }
    out[`method.request.${location}.${String(parameter.name)}`] = parameter.required === true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

// Inline schemas are not turned into models (the sandbox creates no models of its own).
export function importRequestModels(operation: JsonObject, parameters: readonly JsonObject[], consumes: string[], refs: ModelReferences): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (refs.dialect === "oas30") {
    const content = isObject(operation.requestBody) && isObject(operation.requestBody.content) ? operation.requestBody.content : {};
    for (const [type, media] of Object.entries(content)) {
      const name = isObject(media) ? refs.resolve(media.schema) : undefined;
      if (name) out[type] = name;
    }
  } else {
    const body = parameters.find((parameter) => parameter.in === "body");
    const name = body ? refs.resolve(body.schema) : undefined;
    if (name) for (const type of consumes.length > 0 ? consumes : ["application/json"]) out[type] = name;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function importResponse(statusCode: string, raw: JsonObject, produces: string[], refs: ModelReferences): MethodResponse {
  const headers = isObject(raw.headers) ? Object.keys(raw.headers) : [];
  const responseParameters = Object.fromEntries(headers.map((name) => [`method.response.header.${name}`, false]));
  const models: Record<string, string> = {};
  if (refs.dialect === "oas30" && isObject(raw.content)) {
    for (const [type, media] of Object.entries(raw.content)) {
      const name = isObject(media) ? refs.resolve(media.schema) : undefined;
      if (name) models[type] = name;
    }
  } else {
    const name = refs.resolve(raw.schema);
    if (name) for (const type of produces.length > 0 ? produces : ["application/json"]) models[type] = name;
  }
  return {
    statusCode,
    ...(headers.length > 0 ? { responseParameters } : {}),
    ...(Object.keys(models).length > 0 ? { responseModels: models } : {}),
  };
}

export function importMethodResponses(responses: unknown, produces: string[], refs: ModelReferences): Record<string, MethodResponse> | undefined {
  if (!isObject(responses)) return undefined;
  const out: Record<string, MethodResponse> = {};
  for (const [code, raw] of Object.entries(responses)) {
    if (!/^[1-5]\d\d$/.test(code) || !isObject(raw)) continue;
    out[code] = importResponse(code, raw, produces, refs);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
