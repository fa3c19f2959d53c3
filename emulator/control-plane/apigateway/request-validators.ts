import { badRequest, conflict, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { applyPatch, type PatchRules } from "./patch";
import { findRestApi, parseBoolean, requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import { methodsOf } from "./method-references";
import type { RequestValidator } from "./types";
import { checkReplaceOnlyPaths } from "./replace-only-patch";

export interface CreateRequestValidatorInput {
  name?: string;
  validateRequestBody?: boolean;
  validateRequestParameters?: boolean;
}

/** Under an unknown API AWS too answers that the validator identifier is invalid. */
export function requireRequestValidator(ctx: OpContext, restApiId: string, id: string): RequestValidator {
  const validator = ctx.state.table<RequestValidator>(tables.requestValidators).get(restApiId, id);
  if (!validator) throw notFound("Invalid Request Validator identifier specified");
  return validator;
}

export function getRequestValidators(ctx: OpContext, restApiId: string): readonly RequestValidator[] {
  requireRestApi(ctx, restApiId);
  return ctx.state.table<RequestValidator>(tables.requestValidators).list(restApiId);
}

export function createRequestValidator(ctx: OpContext, restApiId: string, input: CreateRequestValidatorInput): RequestValidator {
  // AWS answers 400, not 404, for a validator created under an API that does not exist.
  if (!findRestApi(ctx, restApiId)) throw badRequest("Invalid REST API identifier specified");
  const table = ctx.state.table<RequestValidator>(tables.requestValidators);
  if (input.name !== undefined && input.name.trim() === "") throw badRequest("Request Validator name cannot be blank");
  const validator: RequestValidator = {
    id: newId(6),
    name: input.name,
    validateRequestBody: input.validateRequestBody ?? false,
    validateRequestParameters: input.validateRequestParameters ?? false,
  };
  return table.put(restApiId, validator.id, validator);
}

const validatorPatchRules: PatchRules<RequestValidator> = {
  "/name": { ops: ["replace"], apply: (validator, value) => {
    if (!value?.trim()) throw badRequest("Request Validator name cannot be blank");
    return { ...validator, name: value };
  } },
  "/validateRequestBody": { ops: ["replace"], apply: (v, value) => ({ ...v, validateRequestBody: parseBoolean(value, "validateRequestBody") }) },
  "/validateRequestParameters": { ops: ["replace"], apply: (v, value) => ({ ...v, validateRequestParameters: parseBoolean(value, "validateRequestParameters") }) },
};

export function updateRequestValidator(ctx: OpContext, restApiId: string, id: string, operations: PatchOperation[]): RequestValidator {
  const current = requireRequestValidator(ctx, restApiId, id);
  checkReplaceOnlyPaths(operations, ["/name", "/validateRequestParameters", "/validateRequestBody"]);
  const validator = applyPatch(current, operations, validatorPatchRules);
  return ctx.state.table<RequestValidator>(tables.requestValidators).put(restApiId, id, validator);
}

/** A validator a method still uses cannot be deleted. */
export function deleteRequestValidator(ctx: OpContext, restApiId: string, id: string): void {
  const validator = requireRequestValidator(ctx, restApiId, id);
  const user = methodsOf(ctx, restApiId).find(({ method }) => method.requestValidatorId === id);
  if (user) {
    throw conflict(`Cannot delete Request Validator '${validator.name ?? id}', is referenced in method: ${user.method.httpMethod}/${user.resource.path}`);
  }
  ctx.state.table<RequestValidator>(tables.requestValidators).delete(restApiId, id);
}
