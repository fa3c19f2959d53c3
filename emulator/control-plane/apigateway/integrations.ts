import { badRequest, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { parseBoolean } from "./rest-apis";
import { nonEmpty, requireMethod, saveMethod, type MethodLocation } from "./methods";
import { checkIntegration, checkRequestMappings, MAX_TIMEOUT_MS } from "./integration-validation";
import { withEntry } from "./map-entry";
import { connectionTypeFor } from "./connection-type";
import type { Integration, Method, Resource } from "./types";

/** Integration's own members, with the ones AWS fills in when absent made optional. */
export type PutIntegrationInput = Omit<Integration, "timeoutInMillis" | "cacheKeyParameters" | "integrationResponses"> & {
  timeoutInMillis?: number;
  cacheKeyParameters?: string[];
};

export function requireIntegration(ctx: OpContext, at: MethodLocation): { resource: Resource; method: Method; integration: Integration } {
  const { resource, method } = requireMethod(ctx, at);
  if (!method.methodIntegration) throw notFound("Invalid Integration identifier specified");
  return { resource, method, integration: method.methodIntegration };
}

/** A MOCK integration has no backend: AWS drops the verb and URI it was given. */
function buildIntegration(input: PutIntegrationInput, resourceId: string, previous: Integration | undefined): Integration {
  const backend = input.type !== "MOCK";
  return {
    type: input.type,
    httpMethod: backend ? input.httpMethod : undefined,
    uri: backend ? input.uri : undefined,
    connectionType: connectionTypeFor(input.type, input.connectionType),
    connectionId: input.connectionId,
    credentials: input.credentials,
    requestParameters: nonEmpty(input.requestParameters),
    requestTemplates: nonEmpty(input.requestTemplates),
    passthroughBehavior: input.passthroughBehavior ?? "WHEN_NO_MATCH",
    contentHandling: input.contentHandling,
    timeoutInMillis: input.timeoutInMillis ?? MAX_TIMEOUT_MS,
    // The cache namespace defaults to the resource id, so methods of one resource share cache keys.
    cacheNamespace: input.cacheNamespace ?? resourceId,
    cacheKeyParameters: [...(input.cacheKeyParameters ?? [])],
    integrationResponses: previous?.integrationResponses,
    tlsConfig: input.tlsConfig ? { ...input.tlsConfig } : undefined,
    responseTransferMode: input.responseTransferMode,
    integrationTarget: input.integrationTarget,
  };
}

/** PutIntegration replaces the method's integration (its integration responses stay). */
export function putIntegration(ctx: OpContext, at: MethodLocation, input: PutIntegrationInput): Integration {
  const { resource, method } = requireMethod(ctx, at);
  const integration = buildIntegration(input, resource.id, method.methodIntegration);
  checkIntegration(integration, ctx);
  checkRequestMappings(method, integration);
  saveMethod(ctx, at.restApiId, resource, { ...method, methodIntegration: integration });
  return integration;
}

const enumValue = <T extends string>(value: string | undefined, allowed: readonly T[], member: string): T => {
  if (!(allowed as readonly (string | undefined)[]).includes(value)) throw badRequest(`Invalid ${member} specified: ${value ?? "null"}`);
  return value as T;
};

const replace = (apply: (integration: Integration, value: string | undefined) => Integration) => ({ ops: ["replace"] as const, apply });

const integrationPatchRules: PatchRules<Integration> = {
  "/type": replace((i, v) => ({ ...i, type: enumValue(v, ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"] as const, "integration type") })),
  "/httpMethod": replace((i, v) => ({ ...i, httpMethod: v || undefined })),
  "/uri": replace((i, v) => ({ ...i, uri: v || undefined })),
  "/connectionType": replace((i, v) => ({ ...i, connectionType: enumValue(v, ["INTERNET", "VPC_LINK"] as const, "connection type") })),
  "/connectionId": replace((i, v) => ({ ...i, connectionId: v || undefined })),
  "/credentials": replace((i, v) => ({ ...i, credentials: v || undefined })),
  "/passthroughBehavior": replace((i, v) => ({ ...i, passthroughBehavior: enumValue(v, ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] as const, "passthrough behavior") })),
  "/contentHandling": replace((i, v) => ({ ...i, contentHandling: v ? enumValue(v, ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] as const, "content handling") : undefined })),
  "/responseTransferMode": replace((i, v) => ({ ...i, responseTransferMode: enumValue(v, ["BUFFERED", "STREAM"] as const, "response transfer mode") })),
  "/integrationTarget": replace((i, v) => ({ ...i, integrationTarget: v || undefined })),
  "/cacheNamespace": replace((i, v) => ({ ...i, cacheNamespace: v || undefined })),
  "/timeoutInMillis": replace((i, v) => ({ ...i, timeoutInMillis: Number(v) })),
  "/tlsConfig/insecureSkipVerification": replace((i, v) => ({ ...i, tlsConfig: { insecureSkipVerification: parseBoolean(v, "insecureSkipVerification") } })),
  "/requestParameters/{name}": { ops: ["add", "replace", "remove"], apply: (i, v, op, [name]) => ({
    ...i,
    requestParameters: withEntry(i.requestParameters, name!, op === "remove" ? undefined : required(v, "requestParameters")),
  }) },
  "/requestTemplates/{contentType}": { ops: ["add", "replace", "remove"], apply: (i, v, op, [contentType]) => ({
    ...i,
    requestTemplates: withEntry(i.requestTemplates, contentType!, op === "remove" ? undefined : v ?? ""),
  }) },
  "/cacheKeyParameters/{name}": { ops: ["add", "remove"], apply: (i, _v, op, [name]) => {
    const rest = i.cacheKeyParameters.filter((parameter) => parameter !== name);
    return { ...i, cacheKeyParameters: op === "add" ? [...rest, name!] : rest };
  } },
};

function required(value: string | undefined, member: string): string {
  if (!value) throw badRequest(`Invalid null or empty value in ${member}`);
  return value;
}

export function updateIntegration(ctx: OpContext, at: MethodLocation, operations: PatchOperation[]): Integration {
  const { resource, method, integration } = requireIntegration(ctx, at);
  const patched = applyPatch(integration, operations, integrationPatchRules);
  checkIntegration(patched, ctx);
  checkRequestMappings(method, patched);
  saveMethod(ctx, at.restApiId, resource, { ...method, methodIntegration: patched });
  return patched;
}

export function deleteIntegration(ctx: OpContext, at: MethodLocation): void {
  const { resource, method } = requireIntegration(ctx, at);
  saveMethod(ctx, at.restApiId, resource, { ...method, methodIntegration: undefined });
}
