import { describe, expect, it } from "vitest";
import { corsVerdict, type PreflightRequest } from "./cors-preflight-verdict";

const request: PreflightRequest = { origin: "https://a.example", method: "PUT", headers: ["Content-Type", "X-Trace"], credentials: false };
const preflightHeaders = {
  "access-control-allow-origin": "https://a.example",
  "access-control-allow-methods": "OPTIONS,GET,PUT",
  "access-control-allow-headers": "Content-Type,X-Trace",
};

describe("corsVerdict", () => {
  it("allows a call whose preflight and response carry matching headers", () => {
    const verdict = corsVerdict(request, { status: 200, headers: preflightHeaders }, { status: 404, headers: { "access-control-allow-origin": "https://a.example" } });
    expect(verdict.allowed).toBe(true);
  });

  it("names the missing Allow-Origin for a refused origin", () => {
    const verdict = corsVerdict({ ...request, origin: "https://evil.example" }, { status: 200, headers: { ...preflightHeaders, "access-control-allow-origin": "https://a.example" } }, null);
    expect(verdict.allowed).toBe(false);
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([
      { stage: "preflight", header: "Access-Control-Allow-Origin", ok: false, message: "the preflight response allows https://a.example, not https://evil.example." },
    ]);
  });

  it("names a method and a header the preflight does not list, case-insensitively for headers", () => {
    const verdict = corsVerdict(
      { ...request, method: "DELETE", headers: ["content-type", "X-Other"] },
      { status: 200, headers: preflightHeaders },
      { status: 200, headers: {} },
    );
    expect(verdict.checks.filter((check) => !check.ok).map((check) => [check.stage, check.header, check.message])).toEqual([
      ["preflight", "Access-Control-Allow-Methods", "Lists OPTIONS, GET, PUT, not DELETE."],
      ["preflight", "Access-Control-Allow-Headers", "X-Other is not listed (lists content-type, x-trace)."],
      ["actual", "Access-Control-Allow-Origin", "Missing from the response: the browser blocks https://a.example."],
    ]);
  });

  it("refuses a wildcard origin and requires Allow-Credentials when credentials are sent", () => {
    const verdict = corsVerdict({ ...request, credentials: true }, { status: 200, headers: { ...preflightHeaders, "access-control-allow-origin": "*" } }, null);
    expect(verdict.checks.filter((check) => !check.ok).map((check) => check.header)).toEqual(["Access-Control-Allow-Origin", "Access-Control-Allow-Credentials"]);
  });

  it("fails a preflight that does not answer 2xx", () => {
    const verdict = corsVerdict(request, { status: 403, headers: {} }, null);
    expect(verdict.checks[0]).toMatchObject({ header: "status", ok: false });
  });
});
