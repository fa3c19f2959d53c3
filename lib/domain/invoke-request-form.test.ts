import { describe, expect, it } from "vitest";
import { missingPathParameters, parseHeaderLines, parseStageVariableLines, pathParametersOf, prettyBody, requestPath } from "./invoke-request-form";

describe("pathParametersOf and requestPath", () => {
  it("finds plain and greedy parameters and fills them in, encoding all but a greedy parameter's slashes", () => {
    expect(pathParametersOf("/pets/{petId}/files/{proxy+}")).toEqual([
      { name: "petId", greedy: false },
      { name: "proxy", greedy: true },
    ]);
    expect(requestPath("/pets/{petId}/files/{proxy+}", { petId: "a b/c", proxy: "x/y z" }, "?q=1")).toBe("/pets/a%20b%2Fc/files/x/y%20z?q=1");
    expect(requestPath("/", {}, "  ")).toBe("/");
  });

  it("names the path parameters left empty", () => {
    expect(missingPathParameters("/pets/{petId}/{proxy+}", { petId: " " })).toEqual(["petId", "proxy"]);
  });
});

describe("parseHeaderLines and parseStageVariableLines", () => {
  it("reads one name and value per line and skips blank lines", () => {
    expect(parseHeaderLines("Accept: application/json\n\nX-Trace: a:b")).toEqual({ values: { Accept: "application/json", "X-Trace": "a:b" }, errors: [] });
    expect(parseStageVariableLines("env=dev\nurl=http://x?a=b")).toEqual({ values: { env: "dev", url: "http://x?a=b" }, errors: [] });
  });

  it("says which line is not a name and value", () => {
    expect(parseHeaderLines("Accept application/json\n: x").errors).toEqual(["Line 1: Write each header as Name: value.", "Line 2: Write each header as Name: value."]);
  });
});

describe("prettyBody", () => {
  it("pretty-prints JSON and leaves anything else as it came", () => {
    expect(prettyBody('{"a":1}')).toEqual({ text: '{\n  "a": 1\n}', json: true });
    expect(prettyBody("<html>")).toEqual({ text: "<html>", json: false });
  });
});
