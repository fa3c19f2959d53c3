import { compareHttpMethods, type ApiResource } from "./api-resource";
import { pathPartKind } from "./resource-path";

/** A resource in the tree, with its sorted children and what deleting it would take with it. */
export type ResourceNode = {
  resource: ApiResource;
  parent: ResourceNode | null;
  children: ResourceNode[];
  /** 1 for the root (aria-level). */
  level: number;
  /** Resources in this subtree, itself included. */
  subtreeResources: number;
  /** Methods in this subtree, its own included. */
  subtreeMethods: number;
};

export type ResourceTree = {
  /** Top-level nodes: the root, plus any resource whose parent was not in the listing. */
  roots: ResourceNode[];
  byId: ReadonlyMap<string, ResourceNode>;
};

/** Builds the tree from GetResources pages in any order (a child may come before its parent), sorted as the AWS console shows it. */
export function buildResourceTree(resources: readonly ApiResource[]): ResourceTree {
  const byId = new Map<string, ResourceNode>();
  for (const resource of resources) {
    const methods = [...resource.methods].sort((a, b) => compareHttpMethods(a.httpMethod, b.httpMethod));
    byId.set(resource.id, { resource: { ...resource, methods }, parent: null, children: [], level: 1, subtreeResources: 1, subtreeMethods: 0 });
  }
  const roots: ResourceNode[] = [];
  for (const node of byId.values()) {
    const parent = node.resource.parentId ? byId.get(node.resource.parentId) : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
  }
  roots.sort(compareNodes);
  for (const root of roots) finishSubtree(root, 1);
  return { roots, byId };
}

/** Sets levels, sorts children and totals the subtree, iteratively so a deep API cannot overflow the stack. */
function finishSubtree(top: ResourceNode, level: number): void {
  const order: ResourceNode[] = [];
  const stack: ResourceNode[] = [top];
  top.level = level;
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    node.children.sort(compareNodes);
    for (const child of node.children) {
      child.level = node.level + 1;
      stack.push(child);
    }
  }
  for (const node of order.reverse()) {
    node.subtreeResources = 1 + node.children.reduce((sum, child) => sum + child.subtreeResources, 0);
    node.subtreeMethods = node.resource.methods.length + node.children.reduce((sum, child) => sum + child.subtreeMethods, 0);
  }
}

const kindRank = { static: 0, parameter: 1, greedy: 2 } as const;

/** Static parts before `{param}` before `{proxy+}`, then by name, as the AWS console lists siblings. */
export function compareNodes(a: ResourceNode, b: ResourceNode): number {
  const partA = a.resource.pathPart ?? "";
  const partB = b.resource.pathPart ?? "";
  const rank = (part: string) => kindRank[pathPartKind(part) ?? "static"];
  return rank(partA) - rank(partB) || partA.localeCompare(partB, "en", { sensitivity: "base" }) || partA.localeCompare(partB);
}

/** The ids to show for a path filter: every resource whose path contains it (case-insensitive) and their ancestors; null when there is no filter. */
export function filterResourceTree(tree: ResourceTree, filter: string): Set<string> | null {
  const needle = filter.trim().toLowerCase();
  if (needle === "") return null;
  const visible = new Set<string>();
  for (const node of tree.byId.values()) {
    if (!node.resource.path.toLowerCase().includes(needle)) continue;
    for (let at: ResourceNode | null = node; at && !visible.has(at.resource.id); at = at.parent) visible.add(at.resource.id);
  }
  return visible;
}

/** One line of the tree as the list renders it. */
export type ResourceRow = {
  node: ResourceNode;
  /** Shown children exist (aria-expanded applies). */
  hasChildren: boolean;
  expanded: boolean;
  /** 1-based position among the shown siblings, and how many are shown (aria-posinset / aria-setsize). */
  positionInSet: number;
  setSize: number;
  /** The filter matched this resource itself, not only something below it. */
  matches: boolean;
};

/** Flattens the tree to the rows on screen: depth-first, skipping collapsed subtrees and what the filter hides. */
export function visibleResourceRows(tree: ResourceTree, collapsed: ReadonlySet<string>, filter = ""): ResourceRow[] {
  const shown = filterResourceTree(tree, filter);
  const needle = filter.trim().toLowerCase();
  const isShown = (node: ResourceNode) => !shown || shown.has(node.resource.id);
  const rows: ResourceRow[] = [];
  const stack: ResourceRow[] = [];
  const pushSiblings = (nodes: ResourceNode[]) => {
    const siblings = nodes.filter(isShown);
    for (let i = siblings.length - 1; i >= 0; i--) stack.push(rowFor(siblings[i]!, i + 1, siblings.length));
  };
  const rowFor = (node: ResourceNode, positionInSet: number, setSize: number): ResourceRow => {
    const hasChildren = node.children.some(isShown);
    const matches = needle !== "" && node.resource.path.toLowerCase().includes(needle);
    return { node, hasChildren, expanded: hasChildren && !collapsed.has(node.resource.id), positionInSet, setSize, matches };
  };
  pushSiblings(tree.roots);
  while (stack.length > 0) {
    const row = stack.pop()!;
    rows.push(row);
    if (row.expanded) pushSiblings(row.node.children);
  }
  return rows;
}

/** The row a type-ahead of `prefix` moves to: the next one after `from` (wrapping) whose path part starts with it; -1 when none. */
export function typeAheadRowIndex(rows: readonly ResourceRow[], from: number, prefix: string): number {
  const needle = prefix.toLowerCase();
  if (needle === "" || rows.length === 0) return -1;
  // A repeated first letter cycles through the matches; a longer prefix may stay on the current row.
  const start = needle.length > 1 ? from : from + 1;
  for (let step = 0; step < rows.length; step++) {
    const index = (start + step + rows.length) % rows.length;
    if (rowLabel(rows[index]!.node).toLowerCase().startsWith(needle)) return index;
  }
  return -1;
}

/** What a row shows as its name: the path part, `/` for the root. */
export function rowLabel(node: ResourceNode): string {
  return node.resource.pathPart ?? "/";
}

/** The index of a row's parent among the rows, or -1 for a top-level row. */
export function parentRowIndex(rows: readonly ResourceRow[], index: number): number {
  const parent = rows[index]?.node.parent;
  if (!parent) return -1;
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.node === parent) return i;
  return -1;
}

/** Every resource id in a node's subtree, the node included. */
export function subtreeIds(node: ResourceNode): string[] {
  const ids: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const at = stack.pop()!;
    ids.push(at.resource.id);
    stack.push(...at.children);
  }
  return ids;
}
