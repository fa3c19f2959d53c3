// Documentation parts: one JSON content map per documented API entity, at most one per location.
import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import { checkReplaceOnlyPaths } from "./replace-only-patch";
import {
  describeLocation,
  locationKey,
  normalizeLocation,
  type DocumentationPartLocation,
  type DocumentationPartType,
  type LocationInput,
} from "./documentation-location";

export interface DocumentationPart {
  id: string;
  location: DocumentationPartLocation;
  /** The content map as the JSON text the caller sent. */
  properties: string;
}

export const documentationParts = (ctx: OpContext) => ctx.state.table<DocumentationPart>(tables.documentationParts);

/** The content map must be JSON text of an object: it is what GetExport merges into the OpenAPI document. */
export function checkProperties(value: string | undefined): string {
  if (value === undefined || value.trim() === "") throw badRequest("Documentation part properties must be non-empty");
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw badRequest("Invalid properties: the documentation part properties must be a JSON object encoded as a string");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw badRequest("Invalid properties: the documentation part properties must be a JSON object encoded as a string");
  }
  return value;
}

/** AWS answers the part's own error even when the API does not exist. */
export function requireDocumentationPart(ctx: OpContext, restApiId: string, id: string): DocumentationPart {
  const part = documentationParts(ctx).get(restApiId, id);
  if (!part) throw notFound("Invalid Documentation part identifier specified");
  return part;
}

export function findPartAt(ctx: OpContext, restApiId: string, location: DocumentationPartLocation): DocumentationPart | undefined {
  const key = locationKey(location);
  return documentationParts(ctx).list(restApiId).find((part) => locationKey(part.location) === key);
}

export function checkPartQuota(ctx: OpContext, restApiId: string, adding: number): void {
  if (documentationParts(ctx).count(restApiId) + adding > ctx.config.quotas.documentationPartsPerApi) {
    throw limitExceeded(`Cannot create more than ${ctx.config.quotas.documentationPartsPerApi} documentation parts in a REST API`);
  }
}

/** Stores a new part at a location no other part documents yet. */
export function addPart(ctx: OpContext, restApiId: string, location: DocumentationPartLocation, properties: string): DocumentationPart {
  if (findPartAt(ctx, restApiId, location)) throw conflict(`Documentation part already exists for the specified location: ${describeLocation(location)}.`);
  checkPartQuota(ctx, restApiId, 1);
  const part: DocumentationPart = { id: newId(6), location, properties };
  return documentationParts(ctx).put(restApiId, part.id, part);
}

export function createDocumentationPart(ctx: OpContext, restApiId: string, location: LocationInput, properties: string | undefined): DocumentationPart {
  requireRestApi(ctx, restApiId);
  return addPart(ctx, restApiId, normalizeLocation(location, "createDocumentationPartInput.location"), checkProperties(properties));
}

export interface DocumentationPartFilter {
  type?: DocumentationPartType;
  nameQuery?: string;
  path?: string;
  locationStatus?: "DOCUMENTED" | "UNDOCUMENTED";
}

/** DOCUMENTED parts carry content; UNDOCUMENTED ones have an empty content map ("{}"). */
function hasContent(part: DocumentationPart): boolean {
  return Object.keys(JSON.parse(part.properties) as object).length > 0;
}

function matches(part: DocumentationPart, filter: DocumentationPartFilter): boolean {
  if (filter.type !== undefined && part.location.type !== filter.type) return false;
  if (filter.nameQuery !== undefined && !(part.location.name ?? "").includes(filter.nameQuery)) return false;
  if (filter.path !== undefined && part.location.path !== filter.path) return false;
  if (filter.locationStatus !== undefined && hasContent(part) !== (filter.locationStatus === "DOCUMENTED")) return false;
  return true;
}

export function getDocumentationParts(ctx: OpContext, restApiId: string, filter: DocumentationPartFilter): readonly DocumentationPart[] {
  requireRestApi(ctx, restApiId);
  const all = documentationParts(ctx).list(restApiId);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  return filtered ? all.filter((part) => matches(part, filter)) : all;
}

/** Only the content map can change; a part's location is its identity. */
export function updateDocumentationPart(ctx: OpContext, restApiId: string, id: string, operations: PatchOperation[]): DocumentationPart {
  let part = requireDocumentationPart(ctx, restApiId, id);
  checkReplaceOnlyPaths(operations, ["/properties"]);
  for (const operation of operations) part = { ...part, properties: checkProperties(operation.value) };
  return documentationParts(ctx).put(restApiId, id, part);
}

export function deleteDocumentationPart(ctx: OpContext, restApiId: string, id: string): void {
  requireRestApi(ctx, restApiId);
  requireDocumentationPart(ctx, restApiId, id);
  documentationParts(ctx).delete(restApiId, id);
}
