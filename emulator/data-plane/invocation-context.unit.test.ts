import { describe, expect, it } from "vitest";
import { lastValues, type MultiMap } from "./invocation-context";

describe("lastValues", () => {
  it("keeps the last value of each name, and an empty string for a name without values", () => {
    const map: MultiMap = Object.assign(Object.create(null) as MultiMap, { accept: ["text/html", "application/json"], "x-empty": [] });
    expect(lastValues(map)).toEqual({ accept: "application/json", "x-empty": "" });
  });

  it("answers a plain object in which __proto__ is a key like any other", () => {
    const map = Object.create(null) as MultiMap;
    map["__proto__"] = ["a"];
    map["constructor"] = ["b"];
    const values = lastValues(map);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(values)).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(values, "__proto__")?.value).toBe("a");
    expect(values.constructor).toBe("b");
    expect(JSON.stringify(values)).toBe('{"__proto__":"a","constructor":"b"}');
  });
});
