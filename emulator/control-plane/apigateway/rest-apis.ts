import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import { epochSeconds, type OpContext } from "../op-context";
import { newId } from "../ids";
import { apiScopedTables, tables } from "./tables";
import type { EndpointType, Resource, RestApi } from "./types";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { applyPatch, type PatchRules } from "./patch";
import { createDefaultModels } from "./default-models";
import { cloneApiDesign } from "./api-design-clone";
import { domainsMappingTo } from "./base-path-mappings";
import { dropApiStages } from "./usage-plan-api-stages";
import { withTagsShown } from "./tags-shown";
import { createdTags } from "./tags";
import { checkEndpointTypeOps, ipAddressTypeFor, patchedEndpointTypes, replacedIpAddressType, settledEndpoints, singleEndpointType } from "./endpoint-configuration";

/** A `_custom_id_` tag pins the API's id, as LocalStack users expect, so URLs survive sandbox resets. */
export const CUSTOM_ID_TAG = "_custom_id_";

// Regional and private APIs share one quota; edge-optimized APIs have a smaller one (AWS quotas).
const MAX_REGIONAL_APIS = 600;
const MAX_EDGE_APIS = 120;

export interface CreateRestApiInput {
  name: string;
  description?: string;
  version?: string;
  cloneFrom?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: "HEADER" | "AUTHORIZER";
  endpointConfiguration?: { types?: EndpointType[]; vpcEndpointIds?: string[]; ipAddressType?: string };
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint?: boolean;
}

/**
 * AWS's text for an empty REST API name as a user reports it (aws-cloudformation/cfn-lint#3111, 2024), the same form
 * as its recorded "Description cannot be an empty string"; UNCONFIRMED for UpdateRestApi and imports.
 */
export const emptyApiName = () => badRequest("Name cannot be an empty string");

export function findRestApi(ctx: OpContext, restApiId: string): RestApi | undefined {
  return ctx.state.table<RestApi>(tables.restApis).get("", restApiId);
}

export function requireRestApi(ctx: OpContext, restApiId: string): RestApi {
  const api = findRestApi(ctx, restApiId);
  if (!api) throw notFound(`Invalid API identifier specified ${ctx.accountId}:${restApiId}`);
  return api;
}

export function createRestApi(ctx: OpContext, input: CreateRestApiInput): RestApi {
  const name = input.name.trim();
  if (name === "") throw emptyApiName();
  if (input.description === "") throw badRequest("Description cannot be an empty string");
  const type = singleEndpointType(input.endpointConfiguration?.types ?? ["EDGE"]);
  const ipAddressType = ipAddressTypeFor(type, input.endpointConfiguration?.ipAddressType);
  checkApiQuota(ctx, type);
  checkCompressionSize(input.minimumCompressionSize);
  checkPolicyLength(input.policy);
  const apis = ctx.state.table<RestApi>(tables.restApis);
  const customId = input.tags?.[CUSTOM_ID_TAG];
  if (customId !== undefined && apis.has("", customId)) throw conflict(`A REST API with id ${customId} already exists`);
  const id = customId ?? uniqueApiId(ctx);
  const root: Resource = { id: newId(), path: "/" };
  const api: RestApi = {
    id,
    name,
    description: input.description,
    createdDate: epochSeconds(ctx.now),
    version: input.version,
    binaryMediaTypes: input.binaryMediaTypes?.length ? input.binaryMediaTypes : undefined,
    minimumCompressionSize: input.minimumCompressionSize,
    apiKeySource: input.apiKeySource ?? "HEADER",
    endpointConfiguration: {
      types: [type],
      ipAddressType,
      ...(input.endpointConfiguration?.vpcEndpointIds ? { vpcEndpointIds: input.endpointConfiguration.vpcEndpointIds } : {}),
    },
    policy: input.policy,
    tags: createdTags(input.tags),
    disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
    rootResourceId: root.id,
  };
  apis.put("", id, api);
  createDefaultModels(ctx, id);
  const resources = ctx.state.table<Resource>(tables.resources);
  if (input.cloneFrom !== undefined) {
    const source = requireRestApi(ctx, input.cloneFrom);
    cloneResources(ctx, source, api);
    cloneApiDesign(ctx, source.id, api.id);
  } else {
    resources.put(id, root.id, root);
  }
  return apis.get("", id)!;
}

function uniqueApiId(ctx: OpContext): string {
  const apis = ctx.state.table<RestApi>(tables.restApis);
  let id = newId();
  while (apis.has("", id)) id = newId();
  return id;
}

function checkApiQuota(ctx: OpContext, type: EndpointType): void {
  const apis = ctx.state.table<RestApi>(tables.restApis).list("");
  const edge = type === "EDGE";
  const count = apis.filter((api) => (api.endpointConfiguration.types[0] === "EDGE") === edge).length;
  const max = edge ? MAX_EDGE_APIS : MAX_REGIONAL_APIS;
  if (count >= max) throw limitExceeded(`You have reached the limit of ${max} ${edge ? "edge-optimized" : "regional and private"} REST APIs in this region`);
}

// "Length, in characters, of API Gateway resource policy: 8192" (API Gateway quotas for REST APIs); the text is UNCONFIRMED.
const MAX_POLICY_LENGTH = 8192;

function checkPolicyLength(policy: string | undefined): void {
  if (policy !== undefined && policy.length > MAX_POLICY_LENGTH) {
    throw badRequest(`Invalid policy document: a resource policy can be at most ${MAX_POLICY_LENGTH} characters`);
  }
}

function checkCompressionSize(size: number | undefined): void {
  if (size !== undefined && (!Number.isInteger(size) || size < 0 || size > 10_485_760)) {
    throw badRequest("Invalid minimum compression size, must be between 0 and 10485760");
  }
}

/** cloneFrom copies the source API's resources and methods under fresh ids. */
function cloneResources(ctx: OpContext, source: RestApi, target: RestApi): void {
  const resources = ctx.state.table<Resource>(tables.resources);
  const ids = new Map<string, string>([[source.rootResourceId, target.rootResourceId]]);
  for (const resource of resources.list(source.id)) if (!ids.has(resource.id)) ids.set(resource.id, newId());
  for (const resource of resources.list(source.id)) {
    const id = ids.get(resource.id)!;
    const parentId = resource.parentId === undefined ? undefined : ids.get(resource.parentId);
    resources.put(target.id, id, structuredClone({ ...resource, id, parentId }));
  }
}

export function getRestApis(ctx: OpContext): readonly RestApi[] {
  return ctx.state.table<RestApi>(tables.restApis).list("");
}

const restApiPatchRules: PatchRules<RestApi> = {
  "/name": { ops: ["replace"], apply: (api, value) => {
    if (!value?.trim()) throw emptyApiName();
    return { ...api, name: value };
  } },
  // AWS takes remove as well (test_apigateway_api.py::test_update_rest_api_operation_add_remove).
  "/description": { ops: ["replace", "remove"], apply: (api, value, op) => ({ ...api, description: op === "remove" ? undefined : value || undefined }) },
  "/version": { ops: ["replace"], apply: (api, value) => ({ ...api, version: value || undefined }) },
  "/policy": { ops: ["replace"], apply: (api, value) => {
    checkPolicyLength(value);
    return { ...api, policy: value || undefined };
  } },
  "/apiKeySource": { ops: ["replace"], apply: (api, value) => {
    if (value !== "HEADER" && value !== "AUTHORIZER") throw badRequest(`Invalid API key source specified: ${value}`);
    return { ...api, apiKeySource: value };
  } },
  "/minimumCompressionSize": { ops: ["replace"], apply: (api, value) => {
    if (value === undefined || value === "") return { ...api, minimumCompressionSize: undefined };
    const size = Number(value);
    checkCompressionSize(size);
    return { ...api, minimumCompressionSize: size };
  } },
  "/disableExecuteApiEndpoint": { ops: ["replace"], apply: (api, value) => ({ ...api, disableExecuteApiEndpoint: parseBoolean(value, "disableExecuteApiEndpoint") }) },
  "/binaryMediaTypes/{type}": { ops: ["add", "remove", "replace"], apply: (api, value, op, [type]) => {
    const current = (api.binaryMediaTypes ?? []).filter((existing) => existing !== type);
    if (op === "remove") return { ...api, binaryMediaTypes: current.length ? current : undefined };
    const added = op === "replace" && value ? value : type!;
    return { ...api, binaryMediaTypes: [...current, added] };
  } },
  "/endpointConfiguration/types/{type}": { ops: ["add", "remove", "replace"], apply: (api, value, op, [pathType]) => ({
    ...api, endpointConfiguration: { ...api.endpointConfiguration, types: patchedEndpointTypes(api.endpointConfiguration.types, op, pathType!, value) },
  }) },
  // Terraform and the console manage a private API's VPC endpoints one id at a time: add / remove with the id as value.
  "/endpointConfiguration/vpcEndpointIds": { ops: ["add", "remove", "replace"], apply: (api, value, op) => withVpcEndpointIds(api, value, op) },
  "/endpointConfiguration/ipAddressType": { ops: ["replace"], apply: (api, value) => ({
    ...api, endpointConfiguration: { ...api.endpointConfiguration, ipAddressType: replacedIpAddressType(api.endpointConfiguration.types[0]!, value) },
  }) },
};

function withVpcEndpointIds(api: RestApi, value: string | undefined, op: string): RestApi {
  if (!value) throw badRequest("Invalid patch value: a VPC endpoint id is required");
  const ids = value.split(",").map((id) => id.trim()).filter(Boolean);
  const current = api.endpointConfiguration.vpcEndpointIds ?? [];
  const next = op === "remove" ? current.filter((id) => !ids.includes(id)) : op === "replace" ? ids : [...current, ...ids.filter((id) => !current.includes(id))];
  const endpointConfiguration: RestApi["endpointConfiguration"] = { ...api.endpointConfiguration, vpcEndpointIds: next };
  if (next.length === 0) delete endpointConfiguration.vpcEndpointIds;
  return { ...api, endpointConfiguration };
}

export function updateRestApi(ctx: OpContext, restApiId: string, operations: PatchOperation[]): RestApi {
  const current = requireRestApi(ctx, restApiId);
  checkEndpointTypeOps(operations);
  const api = applyPatch(current, operations, restApiPatchRules);
  const binaryMediaTypes = api.binaryMediaTypes?.length ? api.binaryMediaTypes : undefined;
  const endpointConfiguration = settledEndpoints(current.endpointConfiguration, api.endpointConfiguration);
  return withTagsShown(ctx.state.table<RestApi>(tables.restApis).put("", restApiId, { ...api, binaryMediaTypes, endpointConfiguration }));
}

/**
 * An API a custom domain maps to cannot go, with AWS's message as users report it (glomex/gcdt#373,
 * serverless/serverless#3638); usage plans lose its stages.
 */
export function deleteRestApi(ctx: OpContext, restApiId: string): void {
  requireRestApi(ctx, restApiId);
  const domains = domainsMappingTo(ctx, restApiId);
  if (domains.length > 0) {
    throw badRequest(`Deleting RestApi ${restApiId} failed. Please remove all base path mappings related to the RestApi in your domains: ${domains.join(", ")}`);
  }
  dropApiStages(ctx, restApiId);
  ctx.state.table<RestApi>(tables.restApis).delete("", restApiId);
  for (const table of apiScopedTables) ctx.state.table(table).deleteGroup(restApiId);
}

export function parseBoolean(value: string | undefined, member: string): boolean {
  if (value === "true") return true;
  if (value === "false") return false;
  throw badRequest(`Invalid value for ${member}: expected true or false, got ${value ?? "null"}`);
}
