// What deploying would change: the working copy (or one stage) against what a stage serves, object by object.
import { createTwoFilesPatch } from "diff";
import { canonicalJson, normalizedText, sameJson } from "./canonical-json";
import { diffEntries, type DiffEntry, type DiffObjectKind } from "./deploy-diff-sections";
import { isJsonObject, withoutKeys, type JsonObject } from "./openapi-json";

export type { DiffObjectKind } from "./deploy-diff-sections";

export interface DeployChange {
  kind: DiffObjectKind;
  action: "added" | "removed" | "changed";
  key: string;
  label: string;
  /** Pretty JSON or template text; absent for an added object. */
  before?: string;
  /** Absent for a removed object. */
  after?: string;
}

export interface DeployDiff {
  changes: DeployChange[];
  /** The figure on the "N undeployed changes" badge: one per change listed. */
  count: number;
}

function sameValue(a: DiffEntry, b: DiffEntry): boolean {
  if (typeof a.value === "string" && typeof b.value === "string") return normalizedText(a.value) === normalizedText(b.value);
  return sameJson(a.value, b.value);
}

const shown = (entry: DiffEntry) => (typeof entry.value === "string" ? entry.value : canonicalJson(entry.value));

/** Parts of an added or removed object are named by the object itself, not listed again. */
function coveredBy(entry: DiffEntry, side: Map<string, DiffEntry>, other: Map<string, DiffEntry>): boolean {
  if (entry.kind === "resource" || entry.kind === "method" || !entry.parent) return false;
  let parent = side.get(entry.parent);
  while (parent) {
    if (!other.has(parent.key) && parent.kind === "method") return true;
    parent = parent.parent ? side.get(parent.parent) : undefined;
  }
  return false;
}

/** The readable diff from `before` (what a stage serves) to `after` (the working copy or another stage). */
export function deployDiff(before: JsonObject, after: JsonObject): DeployDiff {
  const old = new Map(diffEntries(before).map((entry) => [entry.key, entry]));
  const next = new Map(diffEntries(after).map((entry) => [entry.key, entry]));
  const changes: DeployChange[] = [];
  for (const entry of next.values()) {
    const previous = old.get(entry.key);
    if (!previous) {
      if (!coveredBy(entry, next, old)) changes.push({ kind: entry.kind, action: "added", key: entry.key, label: entry.label, after: shown(entry) });
    } else if (!sameValue(previous, entry)) {
      changes.push({ kind: entry.kind, action: "changed", key: entry.key, label: entry.label, before: shown(previous), after: shown(entry) });
    }
  }
  for (const entry of old.values()) {
    if (!next.has(entry.key) && !coveredBy(entry, old, next)) changes.push({ kind: entry.kind, action: "removed", key: entry.key, label: entry.label, before: shown(entry) });
  }
  return { changes, count: changes.length };
}

/** Members that differ between any two exports of one API without being a change: the stage and the date. */
function comparable(document: JsonObject): JsonObject {
  const info = isJsonObject(document.info) ? withoutKeys(document.info, ["version"]) : {};
  return { ...withoutKeys(document, ["servers", "info"]), info };
}

/** The unified text diff of the two documents, with sorted keys so only real differences show. */
export function rawOpenApiDiff(before: JsonObject, after: JsonObject, names: { before: string; after: string }): string {
  return createTwoFilesPatch(names.before, names.after, `${canonicalJson(comparable(before))}\n`, `${canonicalJson(comparable(after))}\n`, undefined, undefined, { context: 3 });
}
