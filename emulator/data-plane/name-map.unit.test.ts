import { describe, expect, it } from "vitest";
import { nameMap } from "./name-map";

describe("nameMap", () => {
  it("inherits no members: Object's names are absent until set, and then plain entries", () => {
    const map = nameMap<string>();
    for (const name of ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"]) expect(map[name]).toBeUndefined();
    expect("toString" in map).toBe(false);
    map["__proto__"] = "a";
    map["constructor"] = "b";
    expect(Object.keys(map)).toEqual(["__proto__", "constructor"]);
    expect(map["__proto__"]).toBe("a");
    expect(JSON.stringify(map)).toBe('{"__proto__":"a","constructor":"b"}');
    expect(Object.getPrototypeOf(Object.getPrototypeOf(map))).toBeNull();
  });

  it("gives each caller a map of its own", () => {
    const first = nameMap<number>();
    first.a = 1;
    expect(nameMap<number>().a).toBeUndefined();
  });
});
