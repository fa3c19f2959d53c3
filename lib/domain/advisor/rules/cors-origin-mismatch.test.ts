import { describe, expect, it } from "vitest";
import { advisorSnapshot, corsMethod, resource, withResources } from "../snapshot-fixtures.test-support";
import { corsOriginMismatchRule } from "./cors-origin-mismatch";

const allow = (origin: string) => ({ "Access-Control-Allow-Origin": origin });

describe("cors.origin-mismatch", () => {
  it("stays silent when OPTIONS and the methods allow the same origin", () => {
    const snapshot = withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsMethod("GET", allow("'https://app.example.com'")), corsMethod("OPTIONS", allow("'https://app.example.com'"))])]);
    expect(corsOriginMismatchRule.evaluate(snapshot)).toEqual([]);
  });

  it("fires when a method allows another origin than the preflight, naming both", () => {
    const snapshot = withResources(advisorSnapshot(), [
      resource("res-pets", "/pets", [corsMethod("GET", allow("'https://app.example.com'")), corsMethod("POST", allow("'https://old.example.com'")), corsMethod("OPTIONS", allow("'https://app.example.com'"))]),
    ]);
    const [finding, ...rest] = corsOriginMismatchRule.evaluate(snapshot);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "cors.origin-mismatch:method:res-pets:OPTIONS", severity: "medium", category: "cors", fix: null });
    expect(finding!.evidence).toEqual(["OPTIONS /pets allows 'https://app.example.com'", "POST /pets allows 'https://old.example.com'"]);
  });
});
