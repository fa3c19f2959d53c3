import { badRequest, conflict, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { requireDomainName } from "./domain-names";
import { applyPatch, type PatchRules } from "./patch";
import { restApiExists, stageExists } from "./stage-references";
import { tables } from "./tables";

/** The base path AWS shows for a mapping of the domain's root. */
export const ROOT_BASE_PATH = "(none)";

export interface BasePathMapping {
  basePath: string;
  restApiId: string;
  stage?: string;
}

export interface CreateBasePathMappingInput {
  restApiId: string;
  basePath?: string;
  stage?: string;
}

const mappingsTable = (ctx: OpContext) => ctx.state.table<BasePathMapping>(tables.basePathMappings);

function normalizeBasePath(basePath: string | undefined): string {
  if (basePath === undefined || basePath === "" || basePath === ROOT_BASE_PATH) return ROOT_BASE_PATH;
  if (basePath.includes("/")) {
    throw badRequest("API Gateway V1 doesn't support the slash character (/) in base path mappings. To create a multi-level base path mapping, use API Gateway V2.");
  }
  if (!/^[A-Za-z0-9._~\-$@+!*'(),=:;]+$/.test(basePath)) throw badRequest(`Invalid base path specified: ${basePath}`);
  return basePath;
}

function checkTarget(ctx: OpContext, mapping: BasePathMapping): BasePathMapping {
  if (!restApiExists(ctx, mapping.restApiId)) throw badRequest("Invalid REST API identifier specified");
  if (mapping.stage !== undefined && !stageExists(ctx, mapping.restApiId, mapping.stage)) throw badRequest("Invalid stage identifier specified");
  return mapping;
}

export function createBasePathMapping(ctx: OpContext, domainName: string, input: CreateBasePathMappingInput): BasePathMapping {
  const domain = requireDomainName(ctx, domainName);
  const basePath = normalizeBasePath(input.basePath);
  const mapping = checkTarget(ctx, { basePath, restApiId: input.restApiId, stage: input.stage || undefined });
  if (mappingsTable(ctx).has(domain.domainName, basePath)) throw conflict("Base path already exists for this domain name");
  return mappingsTable(ctx).put(domain.domainName, basePath, mapping);
}

export function requireBasePathMapping(ctx: OpContext, domainName: string, basePath: string): BasePathMapping {
  const domain = requireDomainName(ctx, domainName);
  const mapping = mappingsTable(ctx).get(domain.domainName, basePath === "" ? ROOT_BASE_PATH : basePath);
  if (!mapping) throw notFound("Invalid base path mapping identifier specified");
  return mapping;
}

export function getBasePathMappings(ctx: OpContext, domainName: string): readonly BasePathMapping[] {
  return mappingsTable(ctx).list(requireDomainName(ctx, domainName).domainName);
}

const mappingPatchRules: PatchRules<BasePathMapping> = {
  "/basePath": { ops: ["replace"], apply: (mapping, value) => ({ ...mapping, basePath: normalizeBasePath(value) }) },
  // AWS spells this path with a lower-case "a".
  "/restapiId": { ops: ["replace"], apply: (mapping, value) => ({ ...mapping, restApiId: value ?? "" }) },
  "/stage": { ops: ["replace"], apply: (mapping, value) => ({ ...mapping, stage: value || undefined }) },
};

export function updateBasePathMapping(ctx: OpContext, domainName: string, basePath: string, operations: PatchOperation[]): BasePathMapping {
  const current = requireBasePathMapping(ctx, domainName, basePath);
  const domain = requireDomainName(ctx, domainName).domainName;
  const updated = checkTarget(ctx, applyPatch(current, operations, mappingPatchRules));
  if (updated.basePath !== current.basePath) {
    if (mappingsTable(ctx).has(domain, updated.basePath)) throw conflict("Base path already exists for this domain name");
    mappingsTable(ctx).delete(domain, current.basePath);
  }
  return mappingsTable(ctx).put(domain, updated.basePath, updated);
}

export function deleteBasePathMapping(ctx: OpContext, domainName: string, basePath: string): void {
  const mapping = requireBasePathMapping(ctx, domainName, basePath);
  mappingsTable(ctx).delete(requireDomainName(ctx, domainName).domainName, mapping.basePath);
}

/**
 * Domains with a base path mapping to the API (to one of its stages when stageName is given). AWS refuses
 * DeleteStage and DeleteRestApi while any exist, naming them, so that no mapping points at nothing.
 */
export function domainsMappingTo(ctx: OpContext, restApiId: string, stageName?: string): string[] {
  const table = mappingsTable(ctx);
  return table.groups().filter((domain) =>
    table.list(domain).some((mapping) => mapping.restApiId === restApiId && (stageName === undefined || mapping.stage === stageName)),
  );
}
