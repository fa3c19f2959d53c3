import { describe, expect, it } from "vitest";
import { childPath, pathPartFormatProblem, pathPartKind, pathPartProblem } from "./resource-path";

const underRoot = { parent: { path: "/", pathPart: null }, siblings: [] };

describe("path part format", () => {
  it("accepts plain names, parameters and greedy parameters as AWS does", () => {
    expect(["pets", "v1.2", "snake_case", "kebab-case", "events:batch"].map(pathPartKind)).toEqual(["static", "static", "static", "static", "static"]);
    expect(pathPartKind("{petId}")).toBe("parameter");
    expect(pathPartKind("{proxy+}")).toBe("greedy");
    expect(pathPartFormatProblem("{pet.id_2-x}")).toBeNull();
  });

  it("asks for something when the path part is empty", () => {
    expect(pathPartFormatProblem("")).toBe("Enter a path part, such as pets, {petId} or {proxy+}.");
  });

  it("explains that a slash makes two resources", () => {
    expect(pathPartFormatProblem("pets/{petId}")).toBe("A path part is one segment without “/”: add pets/{petId} as pets, then {petId} under it.");
  });

  it("names the characters AWS refuses", () => {
    expect(pathPartFormatProblem("my pets!")).toBe("Use only letters, digits and . _ - : in a path part (not a space, “!”), or a parameter such as {id}.");
  });

  it("refuses a parameter mixed with text, an empty parameter and a misplaced plus", () => {
    expect(pathPartFormatProblem("{id}.json")).toMatch(/whole path part in braces/);
    expect(pathPartFormatProblem("pet{id}")).toMatch(/whole path part in braces/);
    expect(pathPartFormatProblem("{}")).toMatch(/Name the path parameter/);
    expect(pathPartFormatProblem("{+}")).toMatch(/Name the path parameter/);
    expect(pathPartFormatProblem("{pro+xy}")).toBe("In a greedy parameter the “+” goes just before the closing brace: {proxy+}.");
    expect(pathPartFormatProblem("{pet id}")).toBe("Name a path parameter with letters, digits and . _ - only, such as {petId}.");
  });
});

describe("path part placement", () => {
  it("accepts a first child of any kind under the root", () => {
    for (const part of ["pets", "{id}", "{proxy+}"]) expect(pathPartProblem(part, underRoot)).toBeNull();
  });

  it("refuses a child under a greedy parameter", () => {
    const placement = { parent: { path: "/files/{proxy+}", pathPart: "{proxy+}" }, siblings: [] };
    expect(pathPartProblem("more", placement)).toBe("/files/{proxy+} is a greedy path parameter: it already matches every path below it, so it cannot have child resources.");
  });

  it("refuses a duplicate of an existing sibling, naming the path", () => {
    const placement = { parent: { path: "/pets", pathPart: "pets" }, siblings: [{ pathPart: "toys" }] };
    expect(pathPartProblem("toys", placement)).toBe("/pets/toys already exists.");
  });

  it("allows one parameter child per parent, greedy or not, beside any static ones", () => {
    const placement = { parent: { path: "/pets", pathPart: "pets" }, siblings: [{ pathPart: "toys" }, { pathPart: "{petId}" }] };
    expect(pathPartProblem("{name}", placement)).toBe("/pets already has a path parameter, {petId}; a resource can have only one parameter child.");
    expect(pathPartProblem("{proxy+}", placement)).toMatch(/already has a path parameter/);
    expect(pathPartProblem("food", placement)).toBeNull();
  });

  it("checks the format before the placement", () => {
    const placement = { parent: { path: "/a/{proxy+}", pathPart: "{proxy+}" }, siblings: [] };
    expect(pathPartProblem("b c", placement)).toMatch(/^Use only letters/);
  });
});

describe("child path", () => {
  it("joins under the root without a double slash", () => {
    expect(childPath("/", "pets")).toBe("/pets");
    expect(childPath("/pets", "{petId}")).toBe("/pets/{petId}");
  });
});
