import { describe, expect, it } from "vitest";
import { maxOpenApiBytes, parseOpenApiSource } from "./openapi-source";
import { jsonLinePaths, pathOfMessage, validateOpenApi } from "./openapi-validation";

const yamlText = ["openapi: 3.0.1", "info:", "  title: Pets", "paths:", "  /pets:", "    get:", "      responses:", "        '200':", "          description: ok", ""].join("\n");

describe("parseOpenApiSource", () => {
  it("reads YAML and JSON alike and finds the line of a path in the document", () => {
    const yaml = parseOpenApiSource(yamlText);
    expect(yaml.ok && yaml.positionOf(["paths", "/pets", "get"])).toEqual({ line: 6, column: 5 });
    const json = parseOpenApiSource('{\n  "openapi": "3.0.1",\n  "info": {"title": "x"}\n}');
    expect(json.ok && json.document).toEqual({ openapi: "3.0.1", info: { title: "x" } });
    expect(json.ok && json.positionOf(["info"])).toEqual({ line: 3, column: 3 });
  });

  it("points a missing property at the deepest key that exists", () => {
    const parsed = parseOpenApiSource(yamlText);
    expect(parsed.ok && parsed.positionOf(["info", "version"])).toEqual({ line: 2, column: 1 });
  });

  it("reports a YAML syntax error at its line and column", () => {
    const parsed = parseOpenApiSource("openapi: 3.0.1\ninfo:\n  title: [unclosed\npaths: {}\n");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    if (!parsed.ok) expect(parsed.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("reports a duplicate key, which JSON.parse would have silently dropped", () => {
    const parsed = parseOpenApiSource("openapi: 3.0.1\ninfo: {}\ninfo: {}\n");
    expect(!parsed.ok && parsed.problems[0]!.line).toBe(3);
  });

  it("refuses an empty document, a list, and a document over AWS's 6 MB limit", () => {
    expect(parseOpenApiSource("  ").ok).toBe(false);
    expect(parseOpenApiSource("- a\n- b").ok).toBe(false);
    const big = parseOpenApiSource(`x: "${"a".repeat(maxOpenApiBytes)}"`);
    expect(!big.ok && big.problems[0]!.message).toMatch(/6 MB/);
  });
});

describe("validateOpenApi", () => {
  it("finds a missing required property and says where it belongs", async () => {
    const parsed = parseOpenApiSource(yamlText);
    if (!parsed.ok) throw new Error("expected to parse");
    const findings = await validateOpenApi(parsed.document);
    expect(findings).toEqual([{ severity: "error", message: "Must have required property 'version'", path: ["info"] }]);
    expect(parsed.positionOf(findings[0]!.path!)).toEqual({ line: 2, column: 1 });
  });

  it("names the operation for a semantic error such as an undeclared path parameter", async () => {
    const findings = await validateOpenApi({ swagger: "2.0", info: { title: "x", version: "1" }, paths: { "/p/{id}": { get: { responses: { "200": { description: "ok" } } } } } });
    expect(findings[0]).toMatchObject({ severity: "error", path: ["paths", "/p/{id}", "get"] });
  });

  it("accepts a valid document and refuses one without openapi or swagger", async () => {
    expect(await validateOpenApi({ openapi: "3.0.1", info: { title: "x", version: "1" }, paths: {} })).toEqual([]);
    expect((await validateOpenApi({ info: {} }))[0]).toMatchObject({ severity: "error", path: [] });
  });
});

describe("jsonLinePaths", () => {
  it("matches JSON.stringify's two-space layout line for line", () => {
    const value = { a: 1, b: { c: [1, { d: 2 }], e: {} }, f: [] };
    const lines = JSON.stringify(value, null, 2).split("\n");
    const paths = jsonLinePaths(value);
    expect(paths).toHaveLength(lines.length);
    expect(lines[paths.findIndex((path) => path.join(".") === "b.c.1.d")]).toContain('"d": 2');
    expect(pathOfMessage("X\n\n  1 | {\n> 2 |   \"a\": 1,", value)).toEqual(["a"]);
  });
});
