import { describe, expect, it } from "vitest";
import { requestUrl } from "./request-url";

const parts = (url: { pathname: string; search: string; hostname: string; searchParams: URLSearchParams }) => ({
  pathname: url.pathname,
  search: url.search,
  hostname: url.hostname,
  params: [...url.searchParams],
});

const read = (target: string, host: string) => parts(requestUrl(target, host));
const parsed = (target: string, host: string) => parts(new URL(target, `http://${host}`));

const targets = [
  "/", "/_aws/execute-api/abc123/prod/pets", "/prod/pets/42?limit=5&limit=6", "/prod/a%20b?x=%41", "/prod/?", "/prod/a?",
  "/prod/./a", "/prod/../a", "/prod/%2e%2E/a", "/prod/.well-known", "/prod/a b", "/prod/{id}", "/prod/é", "/prod/a\\b",
  "//evil.example/path", "/prod/a?q='x'", "/prod/a?q=a b", "/prod/a?q=<x>", "/prod/a#frag", "/prod/%zz", "/prod/a;b,c@d:e",
  "/prod/a?x=1?y=2", "/prod/a?=&=&a", "*", "http://other.example/x", "/restapis?limit=500&position=abc%3D%3D",
];
const hosts = [
  "127.0.0.1:4566", "localhost:4566", "localhost", "abc123.execute-api.localhost:4566", "api.example.com", "api.example.com.",
  "API.Example.com", "127.1", "0x7f.0.0.1", "1.2.3.256", "[::1]:4566", "xn--nxasmq6b.example", "example.com:80", "123", "a-b.c-d",
];

/** Both read the same parts, or both refuse the request-target. */
function expectSameAsUrl(target: string, host: string): void {
  let expected: ReturnType<typeof parsed> | "throws";
  try {
    expected = parsed(target, host);
  } catch {
    expected = "throws";
  }
  if (expected === "throws") expect(() => read(target, host), target).toThrow();
  else expect(read(target, host), target).toEqual(expected);
}

describe("requestUrl", () => {
  it.each(targets.flatMap((target) => hosts.map((host) => [target, host] as const)))("reads %s at %s as URL does", expectSameAsUrl);

  it("agrees with URL on random request-targets", () => {
    const alphabet = "abZ09/-._~!$&'()*+,;=:@%2eE?# <>\"{}|\\^`é";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5_000; i++) {
      const length = Math.floor(next() * 12);
      const target = `/${Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("")}`;
      expectSameAsUrl(target, "127.0.0.1:4566");
    }
  });

  it("agrees with URL on random Host headers", () => {
    const alphabet = "aZx0019.-:[]";
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5_000; i++) {
      const length = 1 + Math.floor(next() * 10);
      expectSameAsUrl("/prod/pets", Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""));
    }
  });

  it("splits a plain request-target without the URL parser", () => {
    expect(requestUrl("/prod/pets?limit=5", "localhost:4566")).not.toBeInstanceOf(URL);
    expect(requestUrl("/prod/../pets", "localhost:4566")).toBeInstanceOf(URL);
  });
});
