import { describe, expect, it } from "vitest";
import { paginate } from "./input";
import type { RestRequest } from "./rest-request";

const requestWith = (query: string): RestRequest => ({ operation: "GetResources", params: {}, query: new URLSearchParams(query), headers: {}, body: {}, rawBody: Buffer.alloc(0) });

describe("paginate", () => {
  const items = Object.freeze(Array.from({ length: 30 }, (_, i) => Object.freeze({ i })));

  it("answers a list that fits one page with one frozen page, the same for every read", () => {
    const page = paginate(requestWith("limit=500"), items);
    expect(page.item).toEqual(items);
    expect(page.position).toBeUndefined();
    expect(Object.isFrozen(page)).toBe(true);
    expect(paginate(requestWith("limit=100"), items)).toBe(page);
  });

  it("pages with limit and position, 25 by default", () => {
    const first = paginate(requestWith(""), items);
    expect(first.item.map((x) => x.i)).toEqual([...Array(25).keys()]);
    const second = paginate(requestWith(`position=${first.position}`), items);
    expect(second.item.map((x) => x.i)).toEqual([25, 26, 27, 28, 29]);
    expect(second.position).toBeUndefined();
  });

  it("pages a list that is not frozen without keeping it", () => {
    const open = [{ i: 1 }];
    const page = paginate(requestWith(""), open);
    expect(page.item).toEqual(open);
    expect(Object.isFrozen(page)).toBe(false);
  });
});
