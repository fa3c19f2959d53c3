import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { tables } from "./tables";
import { requireRestApi } from "./rest-apis";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { applyPatch, type PatchRules } from "./patch";
import type { Resource } from "./types";

const pathPartPattern = /^(?:[a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

export function requireResource(ctx: OpContext, restApiId: string, resourceId: string): Resource {
  requireRestApi(ctx, restApiId);
  const resource = ctx.state.table<Resource>(tables.resources).get(restApiId, resourceId);
  if (!resource) throw notFound("Invalid Resource identifier specified");
  return resource;
}

export function getResources(ctx: OpContext, restApiId: string): readonly Resource[] {
  requireRestApi(ctx, restApiId);
  return ctx.state.table<Resource>(tables.resources).list(restApiId);
}

const summaries = new WeakMap<Resource, Resource>();
const summaryLists = new WeakMap<readonly Resource[], readonly Resource[]>();

/** Without ?embed=methods, each method appears as an empty object, as on AWS. Kept per stored resource. */
export function withoutMethodDetails(resource: Resource): Resource {
  if (!resource.resourceMethods) return resource;
  let summary = summaries.get(resource);
  if (!summary) {
    const resourceMethods = Object.fromEntries(Object.keys(resource.resourceMethods).map((verb) => [verb, {}]));
    summary = Object.freeze({ ...resource, resourceMethods } as Resource);
    summaries.set(resource, summary);
  }
  return summary;
}

/** withoutMethodDetails over a stored list, kept while the list is (the store replaces it on any change). */
export function listWithoutMethodDetails(resources: readonly Resource[]): readonly Resource[] {
  let list = summaryLists.get(resources);
  if (!list) {
    list = Object.freeze(resources.map(withoutMethodDetails));
    summaryLists.set(resources, list);
  }
  return list;
}

export function createResource(ctx: OpContext, restApiId: string, parentId: string, pathPart: string): Resource {
  requireRestApi(ctx, restApiId);
  const resources = ctx.state.table<Resource>(tables.resources);
  const parent = resources.get(restApiId, parentId);
  if (!parent) throw notFound("Invalid Resource identifier specified");
  if (resources.count(restApiId) >= ctx.config.quotas.resourcesPerApi) {
    throw limitExceeded(`Cannot create more than ${ctx.config.quotas.resourcesPerApi} resources in a REST API`);
  }
  checkPlacement(resources.list(restApiId), parent, pathPart, undefined);
  const resource: Resource = { id: newId(), parentId, pathPart, path: joinPath(parent.path, pathPart) };
  return resources.put(restApiId, resource.id, resource);
}

function joinPath(parentPath: string, pathPart: string): string {
  return parentPath === "/" ? `/${pathPart}` : `${parentPath}/${pathPart}`;
}

function checkPlacement(all: readonly Resource[], parent: Resource, pathPart: string, selfId: string | undefined): void {
  if (!pathPartPattern.test(pathPart)) {
    throw badRequest(
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  }
  if (parent.pathPart?.endsWith("+}")) {
    throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
  }
  const siblings = all.filter((r) => r.parentId === parent.id && r.id !== selfId);
  if (siblings.some((sibling) => sibling.pathPart === pathPart)) {
    throw conflict(`Another resource with the same parent already has this name: ${pathPart}`);
  }
  const variable = pathPart.startsWith("{");
  const variableSibling = siblings.find((sibling) => sibling.pathPart?.startsWith("{"));
  if (variable && variableSibling) {
    throw badRequest(`A sibling (${variableSibling.pathPart}) of this resource already has a variable path part -- only one is allowed`);
  }
}

const resourcePatchRules: PatchRules<Resource> = {
  "/pathPart": { ops: ["replace"], apply: (resource, value) => ({ ...resource, pathPart: value ?? "" }) },
  "/parentId": { ops: ["replace"], apply: (resource, value) => ({ ...resource, parentId: value ?? "" }) },
};

/** Renaming or moving a resource rewrites the paths of everything below it. */
export function updateResource(ctx: OpContext, restApiId: string, resourceId: string, operations: PatchOperation[]): Resource {
  const current = requireResource(ctx, restApiId, resourceId);
  if (current.parentId === undefined) throw badRequest("The root resource cannot be modified");
  const next = applyPatch(current, operations, resourcePatchRules);
  const resources = ctx.state.table<Resource>(tables.resources);
  const parent = resources.get(restApiId, next.parentId!);
  if (!parent) throw notFound("Invalid Resource identifier specified");
  if (descendantIds(resources.list(restApiId), resourceId).has(parent.id) || parent.id === resourceId) {
    throw badRequest("A resource cannot be moved under itself or its descendants");
  }
  checkPlacement(resources.list(restApiId), parent, next.pathPart!, resourceId);
  const updated = resources.put(restApiId, resourceId, { ...next, path: joinPath(parent.path, next.pathPart!) });
  rewriteDescendantPaths(ctx, restApiId, updated);
  return updated;
}

function rewriteDescendantPaths(ctx: OpContext, restApiId: string, parent: Resource): void {
  const resources = ctx.state.table<Resource>(tables.resources);
  for (const child of resources.list(restApiId).filter((r) => r.parentId === parent.id)) {
    const moved = resources.put(restApiId, child.id, { ...child, path: joinPath(parent.path, child.pathPart!) });
    rewriteDescendantPaths(ctx, restApiId, moved);
  }
}

function descendantIds(all: readonly Resource[], resourceId: string): Set<string> {
  const found = new Set<string>();
  const walk = (id: string) => {
    for (const child of all) {
      if (child.parentId === id && !found.has(child.id)) {
        found.add(child.id);
        walk(child.id);
      }
    }
  };
  walk(resourceId);
  return found;
}

/** Deleting a resource deletes everything below it, as on AWS. */
export function deleteResource(ctx: OpContext, restApiId: string, resourceId: string): void {
  const resource = requireResource(ctx, restApiId, resourceId);
  if (resource.parentId === undefined) throw badRequest("Cannot delete the root resource of a REST API");
  const resources = ctx.state.table<Resource>(tables.resources);
  for (const id of descendantIds(resources.list(restApiId), resourceId)) resources.delete(restApiId, id);
  resources.delete(restApiId, resourceId);
}
