import { describe, expect, it } from "vitest";
import { toWireBody, toWireJson } from "./wire-json";

describe("toWireJson", () => {
  it("writes exactly what JSON.stringify writes", () => {
    const frozen = Object.freeze({ id: "a", nested: { list: [1, undefined, "x"] }, gone: undefined });
    const value = {
      item: [frozen, { b: 2, skip: undefined, f: () => 1 }, null, [undefined]],
      position: "p",
      date: new Date(0),
      text: 'quote " and \u2028',
      n: -0.5,
      flag: false,
    };
    expect(toWireJson(value)).toBe(JSON.stringify(value));
    expect(toWireJson(frozen)).toBe(JSON.stringify(frozen));
    expect(toWireJson("s")).toBe('"s"');
  });

  it("reuses the text of a frozen entity", () => {
    const entity = Object.freeze({ id: "a" });
    const first = toWireJson({ item: [entity] });
    expect(toWireJson({ item: [entity, entity] })).toBe(`{"item":[${'{"id":"a"}'},${'{"id":"a"}'}]}`);
    expect(first).toBe('{"item":[{"id":"a"}]}');
  });
});

describe("toWireBody", () => {
  it("keeps the bytes of a frozen value and encodes anything else afresh", () => {
    const page = Object.freeze({ item: Object.freeze([Object.freeze({ id: "a", name: "é" })]) });
    const body = toWireBody(page);
    expect(Buffer.isBuffer(body)).toBe(true);
    expect(body.toString()).toBe(JSON.stringify(page));
    expect(toWireBody(page)).toBe(body);
    const open = { item: [{ id: "b" }] };
    expect(toWireBody(open)).toBe(JSON.stringify(open));
  });
});
