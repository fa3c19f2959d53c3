import { describe, expect, it } from "vitest";
import type { ApiResource } from "./api-resource";
import { buildResourceTree, filterResourceTree, parentRowIndex, rowLabel, subtreeIds, typeAheadRowIndex, visibleResourceRows } from "./resource-tree";

const method = (httpMethod: string) => ({ httpMethod, authorizationType: "NONE", apiKeyRequired: false, integrationType: "MOCK" });

function resource(id: string, parentId: string | null, path: string, verbs: string[] = []): ApiResource {
  const pathPart = parentId === null ? null : path.slice(path.lastIndexOf("/") + 1);
  return { id, parentId, path, pathPart, methods: verbs.map(method) };
}

// Deliberately children before parents, as GetResources pages may come.
const petstore: ApiResource[] = [
  resource("pid", "pets", "/pets/{petId}", ["GET", "DELETE"]),
  resource("toys", "pets", "/pets/toys"),
  resource("prx", "root", "/{proxy+}", ["ANY"]),
  resource("pets", "root", "/pets", ["POST", "GET"]),
  resource("root", null, "/", ["GET"]),
  resource("about", "root", "/About"),
  resource("own", "pid", "/pets/{petId}/owner", ["GET"]),
];

const paths = (rows: ReturnType<typeof visibleResourceRows>) => rows.map((row) => row.node.resource.path);

describe("building the tree", () => {
  it("places children under parents listed after them and sorts static parts before parameters", () => {
    const rows = visibleResourceRows(buildResourceTree(petstore), new Set());
    expect(paths(rows)).toEqual(["/", "/About", "/pets", "/pets/toys", "/pets/{petId}", "/pets/{petId}/owner", "/{proxy+}"]);
    expect(rows.map((row) => row.node.level)).toEqual([1, 2, 2, 3, 3, 4, 2]);
  });

  it("sorts a resource's methods in the designer's verb order", () => {
    const tree = buildResourceTree(petstore);
    expect(tree.byId.get("pets")!.resource.methods.map((m) => m.httpMethod)).toEqual(["GET", "POST"]);
  });

  it("counts the resources and methods a delete would take with it", () => {
    const tree = buildResourceTree(petstore);
    expect(tree.byId.get("pets")).toMatchObject({ subtreeResources: 4, subtreeMethods: 5 });
    expect(tree.byId.get("root")).toMatchObject({ subtreeResources: 7, subtreeMethods: 7 });
    expect(tree.byId.get("toys")).toMatchObject({ subtreeResources: 1, subtreeMethods: 0 });
    expect(subtreeIds(tree.byId.get("pid")!).sort()).toEqual(["own", "pid"]);
  });

  it("keeps a resource whose parent is missing from the listing at the top level instead of dropping it", () => {
    const tree = buildResourceTree([resource("root", null, "/"), resource("lost", "gone", "/gone/lost")]);
    expect(tree.roots.map((node) => node.resource.id)).toEqual(["root", "lost"]);
  });

  it("handles an API a thousand levels deep without overflowing", () => {
    const chain = [resource("r0", null, "/")];
    for (let i = 1; i <= 1000; i++) chain.push(resource(`r${i}`, `r${i - 1}`, `${"/x".repeat(i)}`));
    const tree = buildResourceTree(chain.reverse());
    expect(tree.byId.get("r0")!.subtreeResources).toBe(1001);
    expect(tree.byId.get("r1000")!.level).toBe(1001);
  });
});

describe("rows on screen", () => {
  it("hides a collapsed subtree and reports positions among siblings", () => {
    const rows = visibleResourceRows(buildResourceTree(petstore), new Set(["pets"]));
    expect(paths(rows)).toEqual(["/", "/About", "/pets", "/{proxy+}"]);
    const pets = rows[2]!;
    expect(pets).toMatchObject({ hasChildren: true, expanded: false, positionInSet: 2, setSize: 3 });
    expect(rows[1]).toMatchObject({ hasChildren: false, expanded: false });
  });

  it("filters by path, case-insensitively, keeping the ancestors of every match", () => {
    const tree = buildResourceTree(petstore);
    expect(paths(visibleResourceRows(tree, new Set(), "OWNER"))).toEqual(["/", "/pets", "/pets/{petId}", "/pets/{petId}/owner"]);
    const rows = visibleResourceRows(tree, new Set(), "owner");
    expect(rows.map((row) => row.matches)).toEqual([false, false, false, true]);
    expect(rows[1]).toMatchObject({ positionInSet: 1, setSize: 1 });
  });

  it("shows nothing when nothing matches and everything when the filter is blank", () => {
    const tree = buildResourceTree(petstore);
    expect(visibleResourceRows(tree, new Set(), "nope")).toEqual([]);
    expect(filterResourceTree(tree, "  ")).toBeNull();
    expect(visibleResourceRows(tree, new Set(), "  ")).toHaveLength(7);
  });
});

describe("keyboard helpers", () => {
  const rows = visibleResourceRows(buildResourceTree(petstore), new Set());

  it("moves type-ahead to the next path part starting with the typed letters, wrapping", () => {
    expect(typeAheadRowIndex(rows, 0, "p")).toBe(2);
    // The only other "p…" row is itself: the search wraps round to it.
    expect(typeAheadRowIndex(rows, 2, "p")).toBe(2);
    expect(typeAheadRowIndex(rows, 2, "t")).toBe(3);
    expect(typeAheadRowIndex(rows, 3, "a")).toBe(1);
    expect(typeAheadRowIndex(rows, 2, "pe")).toBe(2);
    expect(typeAheadRowIndex(rows, 0, "{p")).toBe(4);
    expect(typeAheadRowIndex(rows, 0, "zz")).toBe(-1);
  });

  it("finds a row's parent row", () => {
    expect(parentRowIndex(rows, 5)).toBe(4);
    expect(parentRowIndex(rows, 1)).toBe(0);
    expect(parentRowIndex(rows, 0)).toBe(-1);
  });

  it("labels the root as a slash", () => {
    expect(rows.map((row) => rowLabel(row.node))).toEqual(["/", "About", "pets", "toys", "{petId}", "owner", "{proxy+}"]);
  });
});
