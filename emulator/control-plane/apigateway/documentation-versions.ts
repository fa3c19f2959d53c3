// Documentation versions: named, immutable snapshots of an API's documentation parts, which a stage can publish.
import { conflict, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { epochSeconds, type OpContext } from "../op-context";
import { requireRestApi } from "./rest-apis";
import { requireStage } from "./stages";
import { tables } from "./tables";
import { checkReplaceOnlyPaths } from "./replace-only-patch";
import { documentationParts, type DocumentationPart } from "./documentation-parts";
import type { StoredStage } from "./stage-types";

/** A version as GetDocumentationVersion returns it. */
export interface DocumentationVersion {
  version: string;
  createdDate: number;
  description?: string;
}

/** A version with the parts it froze; later changes to the parts never reach it. */
export interface StoredDocumentationVersion extends DocumentationVersion {
  parts: readonly DocumentationPart[];
}

const versions = (ctx: OpContext) => ctx.state.table<StoredDocumentationVersion>(tables.documentationVersions);

function versionWire({ version, createdDate, description }: StoredDocumentationVersion): DocumentationVersion {
  return { version, createdDate, description };
}

export function requireDocumentationVersion(ctx: OpContext, restApiId: string, version: string): StoredDocumentationVersion {
  requireRestApi(ctx, restApiId);
  const stored = versions(ctx).get(restApiId, version);
  if (!stored) throw notFound("Invalid Documentation version specified");
  return stored;
}

export interface CreateDocumentationVersionInput {
  documentationVersion: string;
  stageName?: string;
  description?: string;
}

/** Snapshots the current parts; with a stage name, that stage publishes the new version. */
export function createDocumentationVersion(ctx: OpContext, restApiId: string, input: CreateDocumentationVersionInput): DocumentationVersion {
  requireRestApi(ctx, restApiId);
  const stage = input.stageName === undefined ? undefined : requireStage(ctx, restApiId, input.stageName);
  if (versions(ctx).has(restApiId, input.documentationVersion)) {
    throw conflict(`Documentation version ${input.documentationVersion} already exists`);
  }
  const stored: StoredDocumentationVersion = {
    version: input.documentationVersion,
    createdDate: epochSeconds(ctx.now),
    description: input.description,
    // Parts are frozen in the store and replaced, never mutated, on update: holding them is a snapshot.
    parts: [...documentationParts(ctx).list(restApiId)],
  };
  versions(ctx).put(restApiId, stored.version, stored);
  if (stage) {
    const published: StoredStage = { ...stage, documentationVersion: stored.version, lastUpdatedDate: epochSeconds(ctx.now) };
    ctx.state.table<StoredStage>(tables.stages).put(restApiId, stage.stageName, published);
  }
  return versionWire(stored);
}

export function getDocumentationVersion(ctx: OpContext, restApiId: string, version: string): DocumentationVersion {
  return versionWire(requireDocumentationVersion(ctx, restApiId, version));
}

export function getDocumentationVersions(ctx: OpContext, restApiId: string): DocumentationVersion[] {
  requireRestApi(ctx, restApiId);
  return versions(ctx).list(restApiId).map(versionWire);
}

export function updateDocumentationVersion(ctx: OpContext, restApiId: string, version: string, operations: PatchOperation[]): DocumentationVersion {
  let stored = requireDocumentationVersion(ctx, restApiId, version);
  checkReplaceOnlyPaths(operations, ["/description"]);
  for (const operation of operations) stored = { ...stored, description: operation.value || undefined };
  return versionWire(versions(ctx).put(restApiId, version, stored));
}

/** A version a stage publishes cannot go: the stage would point at nothing. */
export function deleteDocumentationVersion(ctx: OpContext, restApiId: string, version: string): void {
  requireDocumentationVersion(ctx, restApiId, version);
  const publisher = ctx.state.table<StoredStage>(tables.stages).list(restApiId).find((stage) => stage.documentationVersion === version);
  if (publisher) throw conflict(`Documentation version ${version} is associated with stage ${publisher.stageName} and cannot be deleted`);
  versions(ctx).delete(restApiId, version);
}

/** The parts a stage publishes: those of its documentation version, or none. */
export function publishedDocumentation(ctx: OpContext, restApiId: string, stage: { documentationVersion?: string }): StoredDocumentationVersion | undefined {
  return stage.documentationVersion === undefined ? undefined : versions(ctx).get(restApiId, stage.documentationVersion);
}
