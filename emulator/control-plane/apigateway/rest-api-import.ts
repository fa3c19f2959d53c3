// ImportRestApi and PutRestApi: write an imported OpenAPI definition into an API's working copy.
import { badRequest } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { createRestApi, emptyApiName, requireRestApi } from "./rest-apis";
import { createResource } from "./resources";
import { tables } from "./tables";
import { canonicalizeModelRefs } from "./openapi-import";
import type { ImportedDefinition, ImportedMethod } from "./openapi-import-types";
import type { OpenApiDialect } from "./openapi-shared";
import { writeImportedDocumentation, type ImportedDocumentation } from "./openapi-import-documentation";
import { withTagsShown } from "./tags-shown";
import type { Authorizer, EndpointType, GatewayResponse, Method, Model, RequestValidator, Resource, RestApi } from "./types";
import { modelNameProblem } from "./models";

export interface ParsedDefinition {
  definition: ImportedDefinition;
  dialect: OpenApiDialect;
  /** The document's x-amazon-apigateway-documentation parts; absent when it has none or they are ignored. */
  documentation?: ImportedDocumentation;
}

export type PutMode = "overwrite" | "merge";

function checkWarnings(warnings: readonly string[], failOnWarnings: boolean): void {
  if (failOnWarnings && warnings.length > 0) throw badRequest(`Warnings found during import:\n\t${warnings.join("\n\t")}`);
}

/** Upserts entities by name, keeping the ids of those that already exist; returns name -> id. */
function upsertByName<T extends { id: string; name?: string }>(ctx: OpContext, table: string, restApiId: string, items: Omit<T, "id">[]): Map<string, string> {
  const store = ctx.state.table<T>(table);
  const ids = new Map(store.list(restApiId).map((item) => [item.name ?? item.id, item.id]));
  for (const item of items) {
    const id = ids.get(item.name ?? "") ?? newId(6);
    store.put(restApiId, id, { ...item, id } as T);
    ids.set(item.name ?? id, id);
  }
  return ids;
}

function writeModels(ctx: OpContext, restApiId: string, parsed: ParsedDefinition): void {
  const models = ctx.state.table<Model>(tables.models);
  for (const model of parsed.definition.models) {
    const schema = canonicalizeModelRefs(model.schema ?? "{}", parsed.dialect, restApiId);
    models.put(restApiId, model.name, { ...model, schema, id: models.get(restApiId, model.name)?.id ?? newId(6) });
  }
}

interface NameIds {
  authorizers: Map<string, string>;
  validators: Map<string, string>;
}

function resolveMethod(method: ImportedMethod, ids: NameIds, warnings: string[]): Method {
  const { authorizerName, requestValidatorName, ...rest } = method;
  const authorizerId = authorizerName === undefined ? undefined : ids.authorizers.get(authorizerName);
  const requestValidatorId = requestValidatorName === undefined ? undefined : ids.validators.get(requestValidatorName);
  // UNCONFIRMED: AWS's wording for a validator the document does not define.
  if (requestValidatorName !== undefined && !requestValidatorId) warnings.push(`Request validator ${requestValidatorName} is not defined and was ignored`);
  return { ...rest, ...(authorizerId ? { authorizerId } : {}), ...(requestValidatorId ? { requestValidatorId } : {}) };
}

/** Creates missing resources parents first, then sets each resource's methods (merge keeps other verbs). */
function writeResources(ctx: OpContext, api: RestApi, definition: ImportedDefinition, ids: NameIds, mode: PutMode): void {
  const table = ctx.state.table<Resource>(tables.resources);
  const byPath = new Map(table.list(api.id).map((resource) => [resource.path, resource]));
  for (const imported of definition.resources) {
    let resource = byPath.get(imported.path);
    if (!resource) {
      const parentPath = imported.path.slice(0, imported.path.lastIndexOf("/")) || "/";
      const parent = byPath.get(parentPath)!;
      resource = createResource(ctx, api.id, parent.id, imported.path.slice(imported.path.lastIndexOf("/") + 1));
      byPath.set(resource.path, resource);
    }
    const methods = Object.fromEntries(
      Object.entries(imported.methods).map(([verb, m]) => [verb, withCacheNamespace(resolveMethod(m, ids, definition.warnings), resource.id)]),
    );
    const resourceMethods = mode === "merge" ? { ...resource.resourceMethods, ...methods } : methods;
    const next = { ...resource, resourceMethods: Object.keys(resourceMethods).length > 0 ? resourceMethods : undefined };
    byPath.set(next.path, table.put(api.id, next.id, next));
  }
}

/** AWS gives an imported integration the resource id as its cache namespace, as PutIntegration does. */
function withCacheNamespace(method: Method, resourceId: string): Method {
  const integration = method.methodIntegration;
  if (!integration || integration.cacheNamespace) return method;
  return { ...method, methodIntegration: { ...integration, cacheNamespace: resourceId } };
}

/** Overwrite starts from an empty API: only the root resource (without methods) survives. */
function clearDefinition(ctx: OpContext, api: RestApi): void {
  const resources = ctx.state.table<Resource>(tables.resources);
  const root = resources.get(api.id, api.rootResourceId)!;
  for (const table of [tables.resources, tables.models, tables.requestValidators, tables.authorizers, tables.gatewayResponses]) {
    ctx.state.table(table).deleteGroup(api.id);
  }
  resources.put(api.id, root.id, { id: root.id, path: "/" });
}

/** A document whose models AWS could not create is refused whole, before anything is written (edx/api-manager#259). */
function checkImportedModelNames(parsed: ParsedDefinition): void {
  const errors = parsed.definition.models.flatMap((model) => {
    const problem = modelNameProblem(model.name);
    return problem ? [`Unable to create model for '${model.name}': ${problem}`] : [];
  });
  if (errors.length > 0) throw badRequest(`Errors found during import:\n\t${errors.join("\n\t")}`);
}

/** Writes the definition and its documentation parts; returns every warning the import raised. */
function writeDefinition(ctx: OpContext, api: RestApi, parsed: ParsedDefinition, mode: PutMode): string[] {
  const { definition } = parsed;
  if (mode === "overwrite") clearDefinition(ctx, api);
  writeModels(ctx, api.id, parsed);
  const ids: NameIds = {
    validators: upsertByName<RequestValidator>(ctx, tables.requestValidators, api.id, definition.requestValidators),
    authorizers: upsertByName<Authorizer>(ctx, tables.authorizers, api.id, definition.authorizers),
  };
  const responses = ctx.state.table<GatewayResponse>(tables.gatewayResponses);
  for (const response of definition.gatewayResponses) responses.put(api.id, response.responseType, response);
  writeResources(ctx, api, definition, ids, mode);
  writeImportedDocumentation(ctx, api.id, parsed.documentation, mode);
  return [...definition.warnings, ...(parsed.documentation?.warnings ?? [])];
}

export interface ImportRestApiOptions {
  endpointType: EndpointType;
  failOnWarnings: boolean;
}

export function importRestApi(ctx: OpContext, parsed: ParsedDefinition, options: ImportRestApiOptions): RestApi {
  const settings = parsed.definition.api;
  if (!settings.name.trim()) throw emptyApiName();
  checkImportedModelNames(parsed);
  const api = createRestApi(ctx, { ...settings, endpointConfiguration: { types: [options.endpointType] } });
  const warnings = writeDefinition(ctx, api, parsed, "overwrite");
  checkWarnings(warnings, options.failOnWarnings);
  return { ...requireRestApi(ctx, api.id), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Overwrite takes the document's API settings; merge only those it sets. */
function putApiSettings(ctx: OpContext, api: RestApi, parsed: ParsedDefinition, mode: PutMode): RestApi {
  const { name, ...settings } = parsed.definition.api;
  const cleared = mode === "overwrite"
    ? { description: undefined, version: undefined, binaryMediaTypes: undefined, minimumCompressionSize: undefined, policy: undefined }
    : {};
  const next: RestApi = { ...api, ...cleared, ...settings, ...(name.trim() ? { name } : {}) };
  // Merge mode adds the document's binary media types to the API's own (AWS keeps both lists).
  if (mode === "merge" && api.binaryMediaTypes && settings.binaryMediaTypes) {
    next.binaryMediaTypes = [...new Set([...api.binaryMediaTypes, ...settings.binaryMediaTypes])];
  }
  return ctx.state.table<RestApi>(tables.restApis).put("", api.id, next);
}

export function putRestApi(ctx: OpContext, restApiId: string, parsed: ParsedDefinition, options: { mode: PutMode; failOnWarnings: boolean }): RestApi {
  const current = requireRestApi(ctx, restApiId);
  checkImportedModelNames(parsed);
  const api = putApiSettings(ctx, current, parsed, options.mode);
  const warnings = writeDefinition(ctx, api, parsed, options.mode);
  checkWarnings(warnings, options.failOnWarnings);
  // PutRestApi answers as an update does, with tags {} on an untagged API (localstack test_apigateway_import.snapshot.json,
  // test_import_rest_apis_with_base_path_swagger: put-rest-api-swagger-json); ImportRestApi, a create, shows none.
  return { ...withTagsShown(api), ...(warnings.length > 0 ? { warnings } : {}) };
}
