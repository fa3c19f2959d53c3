import { describe, expect, it } from "vitest";
import { responseHeaders } from "./http-fetch";

describe("responseHeaders", () => {
  it("joins repeated values, keeps Set-Cookie apart, drops hop-by-hop headers and sorts the names", () => {
    const headers = responseHeaders({ rawHeaders: ["X-B", "1", "Set-Cookie", "a=1", "x-b", "2", "Connection", "keep-alive", "set-cookie", "b=2", "A", "z"] });
    expect(headers).toEqual({ a: ["z"], "set-cookie": ["a=1", "b=2"], "x-b": ["1, 2"] });
    expect(Object.keys(headers)).toEqual(["a", "set-cookie", "x-b"]);
  });

  it("keeps a backend's __proto__ header as a header, and leaves Object.prototype alone", () => {
    const headers = responseHeaders({ rawHeaders: ["__proto__", "x", "__proto__", "y"] });
    expect(Object.getOwnPropertyDescriptor(headers, "__proto__")?.value).toEqual(["x, y"]);
    expect(Object.prototype).not.toHaveProperty("0");
  });
});
