import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { applyPatch, type PatchRules } from "./patch";
import { findRestApi, requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import { methodsOf } from "./method-references";
import { checkAuthorizer } from "./authorizer-validation";
import { authorizerTypes, type Authorizer, type AuthorizerType } from "./types";


export type CreateAuthorizerInput = Omit<Authorizer, "id">;

export function requireAuthorizer(ctx: OpContext, restApiId: string, id: string): Authorizer {
  requireRestApi(ctx, restApiId);
  const authorizer = ctx.state.table<Authorizer>(tables.authorizers).get(restApiId, id);
  if (!authorizer) throw notFound("Invalid Authorizer identifier specified");
  return authorizer;
}

export function getAuthorizers(ctx: OpContext, restApiId: string): readonly Authorizer[] {
  requireRestApi(ctx, restApiId);
  return ctx.state.table<Authorizer>(tables.authorizers).list(restApiId);
}

export function createAuthorizer(ctx: OpContext, restApiId: string, input: CreateAuthorizerInput): Authorizer {
  // What AWS answers (recorded) for an authorizer created under an API that does not exist.
  if (!findRestApi(ctx, restApiId)) throw conflict("Unable to complete operation due to concurrent modification. Please try again later.");
  const table = ctx.state.table<Authorizer>(tables.authorizers);
  if (table.count(restApiId) >= ctx.config.quotas.authorizersPerApi) {
    throw limitExceeded(`Cannot create more than ${ctx.config.quotas.authorizersPerApi} authorizers in a REST API`);
  }
  const authorizer: Authorizer = {
    ...input,
    id: newId(6),
    providerARNs: input.providerARNs?.length ? [...input.providerARNs] : undefined,
    // AWS leaves an unset TTL out of its answers (test_apigateway_basic.py::test_apigateway_with_custom_authorization_method,
    // test_apigateway_import.py::test_import_swagger_api); the data plane caches for the documented 300 s default.
    authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds,
  };
  checkAuthorizer(authorizer);
  return table.put(restApiId, authorizer.id, authorizer);
}

const replace = (key: "name" | "authorizerUri" | "authorizerCredentials" | "identitySource" | "identityValidationExpression" | "authType") => ({
  ops: ["replace"] as const,
  apply: (authorizer: Authorizer, value: string | undefined) => ({ ...authorizer, [key]: value || undefined }) as Authorizer,
});

const authorizerPatchRules: PatchRules<Authorizer> = {
  "/name": { ops: ["replace"], apply: (a, value) => ({ ...a, name: value ?? "" }) },
  "/type": { ops: ["replace"], apply: (a, value) => {
    if (!(authorizerTypes as readonly (string | undefined)[]).includes(value)) throw badRequest(`Invalid authorizer type specified: ${value ?? "null"}`);
    return { ...a, type: value as AuthorizerType };
  } },
  "/authorizerUri": replace("authorizerUri"),
  "/authorizerCredentials": replace("authorizerCredentials"),
  "/identitySource": replace("identitySource"),
  "/identityValidationExpression": replace("identityValidationExpression"),
  "/authType": replace("authType"),
  "/authorizerResultTtlInSeconds": { ops: ["replace"], apply: (a, value) => ({ ...a, authorizerResultTtlInSeconds: value === undefined || value === "" ? undefined : Number(value) }) },
  // Terraform sends the ARN unescaped (/providerARNs/arn:aws:cognito-idp:...:userpool/us-east-1_x).
  "/providerARNs/{arn+}": { ops: ["add", "remove"], apply: (a, _value, op, [arn]) => {
    const rest = (a.providerARNs ?? []).filter((existing) => existing !== arn);
    const arns = op === "add" ? [...rest, arn!] : rest;
    return { ...a, providerARNs: arns.length ? arns : undefined };
  } },
};

export function updateAuthorizer(ctx: OpContext, restApiId: string, id: string, operations: PatchOperation[]): Authorizer {
  const authorizer = applyPatch(requireAuthorizer(ctx, restApiId, id), operations, authorizerPatchRules);
  checkAuthorizer(authorizer);
  return ctx.state.table<Authorizer>(tables.authorizers).put(restApiId, id, authorizer);
}

/** An authorizer a method still uses cannot be deleted (AWS names the first such method, VERB/path). */
export function deleteAuthorizer(ctx: OpContext, restApiId: string, id: string): void {
  const authorizer = requireAuthorizer(ctx, restApiId, id);
  const user = methodsOf(ctx, restApiId).find(({ method }) => method.authorizerId === id);
  if (user) {
    throw conflict(`Cannot delete authorizer '${authorizer.name}', is referenced in method: ${user.method.httpMethod}/${user.resource.path}`);
  }
  ctx.state.table<Authorizer>(tables.authorizers).delete(restApiId, id);
}
