import { describe, expect, it } from "vitest";
import { applyPatch, type PatchRules } from "./patch";

interface Entity {
  names: string[];
  vars: Record<string, string>;
}

const rules: PatchRules<Entity> = {
  "/vars/{name}": { ops: ["replace"], apply: (e, value, _op, [name]) => ({ ...e, vars: { ...e.vars, [name!]: value ?? "" } }) },
  "/names/{name+}": { ops: ["add", "remove"], apply: (e, _value, op, [name]) => ({ ...e, names: op === "add" ? [...e.names, name!] : e.names.filter((n) => n !== name) }) },
};
const start: Entity = { names: [], vars: {} };

describe("applyPatch", () => {
  it("captures one unescaped segment with {name}", () => {
    expect(applyPatch(start, [{ op: "replace", path: "/vars/a~1b", value: "1" }], rules).vars).toEqual({ "a/b": "1" });
    expect(() => applyPatch(start, [{ op: "replace", path: "/vars/a/b", value: "1" }], rules)).toThrow("Invalid patch path /vars/a/b");
  });

  it("captures the rest of the path, slashes and escapes alike, with a last {name+}", () => {
    const arn = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc";
    const added = applyPatch(start, [{ op: "add", path: `/names/${arn}` }, { op: "add", path: "/names/x~1y" }], rules);
    expect(added.names).toEqual([arn, "x/y"]);
    expect(applyPatch(added, [{ op: "remove", path: `/names/${arn}` }], rules).names).toEqual(["x/y"]);
    expect(() => applyPatch(start, [{ op: "add", path: "/names" }], rules)).toThrow("Invalid patch path /names");
  });

  it("names the allowed operations when the op does not fit the path", () => {
    expect(() => applyPatch(start, [{ op: "add", path: "/vars/a", value: "1" }], rules)).toThrow("Invalid patch operation specified. Must be one of: [replace]");
  });
});
