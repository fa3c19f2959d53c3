import { describe, expect, it } from "vitest";
import { advisorSnapshot, httpIntegration, resource, securedMethod, withResources } from "../snapshot-fixtures.test-support";
import { errorsAs200Rule } from "./error-handling-errors-as-200";

const onlyDefault = { "200": { statusCode: "200", selectionPattern: "" } };

describe("error-handling.errors-as-200", () => {
  it("stays silent when an integration response has a selection pattern", () => {
    expect(errorsAs200Rule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on an HTTP integration whose only response is the default", () => {
    const snapshot = withResources(advisorSnapshot(), [resource("res-pets", "/pets", [securedMethod("GET", { methodIntegration: httpIntegration({ integrationResponses: onlyDefault }) })])]);
    const [finding, ...rest] = errorsAs200Rule.evaluate(snapshot);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "error-handling.errors-as-200:method:res-pets:GET", severity: "medium", category: "error-handling", fix: null });
    expect(finding!.evidence).toEqual(["GET /pets: HTTP integration", "Integration response 200, none with a selection pattern: a backend error is answered as 200"]);
    expect(finding!.remedy).toContain('"5\\d{2}" -> 502');
  });

  it("names Lambda for a non-proxy Lambda integration and ignores proxy and MOCK integrations", () => {
    const lambda = httpIntegration({ type: "AWS", uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:fn/invocations", integrationResponses: onlyDefault });
    const snapshot = withResources(advisorSnapshot(), [
      resource("res-pets", "/pets", [
        securedMethod("GET", { methodIntegration: lambda }),
        securedMethod("POST", { methodIntegration: httpIntegration({ type: "HTTP_PROXY", integrationResponses: {} }) }),
        securedMethod("PUT", { methodIntegration: { type: "MOCK", integrationResponses: onlyDefault } }),
      ]),
    ]);
    const findings = errorsAs200Rule.evaluate(snapshot);
    expect(findings.map((finding) => finding.evidence[0])).toEqual(["GET /pets: AWS (Lambda) integration"]);
  });
});
