import { badRequest, conflict, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { applyPatch, type PatchRules } from "./patch";
import { requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import { methodsOf } from "./method-references";
import { modelTemplate } from "./model-template";
import type { Model } from "./types";
import { checkReplaceOnlyPaths } from "./replace-only-patch";
import { flattenModelSchema, referencedModel, schemaReferences } from "./model-flatten";

export interface CreateModelInput {
  name: string;
  contentType: string;
  description?: string;
  schema?: string;
}

const modelNamePattern = /^[a-zA-Z0-9]+$/;
/**
 * AWS's text for a model name that is not alphanumeric, as an import reports it for each model ("Unable to create
 * model for 'body_1': Model name must be alphanumeric: body_1", edx/api-manager#259); CreateModel's own answer is
 * assumed to be the same text (UNCONFIRMED).
 */
export function modelNameProblem(name: string): string | undefined {
  return modelNamePattern.test(name) ? undefined : `Model name must be alphanumeric: ${name}`;
}

const invalidModel = (error: string) => badRequest(`Invalid model specified: Validation Result: warnings : [], errors : [${error}]`);

/** A model by API and name together: under an unknown API AWS too names the model ("Invalid model name specified: <name>"). */
export function requireModel(ctx: OpContext, restApiId: string, name: string): Model {
  const model = ctx.state.table<Model>(tables.models).get(restApiId, name);
  if (!model) throw notFound(`Invalid model name specified: ${name}`);
  return model;
}

export function getModels(ctx: OpContext, restApiId: string): readonly Model[] {
  requireRestApi(ctx, restApiId);
  return ctx.state.table<Model>(tables.models).list(restApiId);
}

const emptySchema = () => badRequest("Model schema must have at least 1 property or array items defined");

/**
 * A schema must be a JSON object with at least one member (AWS refuses a missing schema and `{}` alike, recorded
 * 2024, while {"title", "type"} alone passes); references to other models must use their canonical URL.
 */
function checkSchema(schema: string | undefined): void {
  if (!schema) throw emptySchema();
  let parsed: unknown;
  try {
    parsed = JSON.parse(schema);
  } catch {
    throw invalidModel("Invalid model schema specified");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw invalidModel("Invalid model schema specified");
  if (Object.keys(parsed).length === 0) throw emptySchema();
  for (const ref of schemaReferences(parsed)) {
    if (!ref.startsWith("#") && !referencedModel(ref)) throw invalidModel("Model reference must be in canonical form");
  }
}

export function createModel(ctx: OpContext, restApiId: string, input: CreateModelInput): Model {
  requireRestApi(ctx, restApiId);
  if (input.name === "") throw badRequest("Model name must be non-empty");
  const nameProblem = modelNameProblem(input.name);
  if (nameProblem) throw badRequest(nameProblem);
  const models = ctx.state.table<Model>(tables.models);
  if (models.has(restApiId, input.name)) throw conflict("Model name already exists for this REST API");
  checkSchema(input.schema);
  const model: Model = { id: newId(6), name: input.name, description: input.description || undefined, schema: input.schema, contentType: input.contentType };
  return models.put(restApiId, model.name, model);
}

const modelPatchRules: PatchRules<Model> = {
  "/description": { ops: ["replace"], apply: (model, value) => ({ ...model, description: value || undefined }) },
  "/schema": { ops: ["replace"], apply: (model, value) => {
    checkSchema(value);
    return { ...model, schema: value };
  } },
};

export function updateModel(ctx: OpContext, restApiId: string, name: string, operations: PatchOperation[]): Model {
  const current = requireModel(ctx, restApiId, name);
  checkReplaceOnlyPaths(operations, ["/description", "/schema"]);
  const model = applyPatch(current, operations, modelPatchRules);
  return ctx.state.table<Model>(tables.models).put(restApiId, name, model);
}

/** A model still named by a method request or a method response cannot go. */
export function deleteModel(ctx: OpContext, restApiId: string, name: string): void {
  requireModel(ctx, restApiId, name);
  for (const { resource, method } of methodsOf(ctx, restApiId)) {
    if (Object.values(method.requestModels ?? {}).includes(name)) {
      throw conflict(`Cannot delete model '${name}', is referenced in method request: ${resource.path}/${method.httpMethod}`);
    }
    for (const response of Object.values(method.methodResponses ?? {})) {
      if (Object.values(response.responseModels ?? {}).includes(name)) {
        throw conflict(`Cannot delete model '${name}', is referenced in method response: ${resource.path}/${method.httpMethod}/${response.statusCode}`);
      }
    }
  }
  ctx.state.table<Model>(tables.models).delete(restApiId, name);
}

/** The schema text of another model of the API, for resolving canonical references to it. */
function modelSchemaText(ctx: OpContext, restApiId: string, ref: string): string | undefined {
  const target = referencedModel(ref);
  return target ? ctx.state.table<Model>(tables.models).get(restApiId, target.name)?.schema : undefined;
}

export function getModelTemplate(ctx: OpContext, restApiId: string, name: string): { value: string } {
  return { value: modelTemplate(requireModel(ctx, restApiId, name).schema, (ref) => modelSchemaText(ctx, restApiId, ref)) };
}

/** flatten=true answers the schema with the API's other models it references inlined (see model-flatten.ts). */
export function getModel(ctx: OpContext, restApiId: string, name: string, flatten: boolean): Model {
  const model = requireModel(ctx, restApiId, name);
  if (!flatten || !model.schema) return model;
  const parsed: unknown = JSON.parse(model.schema);
  if (!schemaReferences(parsed).some((ref) => referencedModel(ref))) return model;
  const models = ctx.state.table<Model>(tables.models);
  const lookup = (other: string) => {
    const schema = models.get(restApiId, other)?.schema;
    return schema === undefined ? undefined : (JSON.parse(schema) as unknown);
  };
  return { ...model, schema: JSON.stringify(flattenModelSchema(parsed, name, restApiId, lookup)) };
}
