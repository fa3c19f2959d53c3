import { describe, expect, it } from "vitest";
import type { ApiDesignSnapshot } from "./api-design";
import { planSafeErrorPreset, safeErrorTemplate } from "./gateway-response-preset";

const snapshot = (gatewayResponses: ApiDesignSnapshot["gatewayResponses"] = []): ApiDesignSnapshot => ({ restApiId: "api1", resources: [], gatewayResponses });

describe("planSafeErrorPreset", () => {
  it("puts the message and request id template on DEFAULT_4XX and DEFAULT_5XX as application/json", () => {
    const plan = planSafeErrorPreset(snapshot());
    expect(plan.steps.map((step) => step.call)).toEqual([
      { operation: "PutGatewayResponse", input: { restApiId: "api1", responseType: "DEFAULT_4XX", responseParameters: {}, responseTemplates: { "application/json": safeErrorTemplate } } },
      { operation: "PutGatewayResponse", input: { restApiId: "api1", responseType: "DEFAULT_5XX", responseParameters: {}, responseTemplates: { "application/json": safeErrorTemplate } } },
    ]);
    expect(safeErrorTemplate).toBe('{"message": $context.error.messageString, "requestId": "$context.requestId"}');
  });

  it("keeps a customised status and CORS headers", () => {
    const plan = planSafeErrorPreset(
      snapshot([{ responseType: "DEFAULT_4XX", statusCode: "400", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" }, responseTemplates: {}, isDefault: false }]),
    );
    expect(plan.steps[0]!.call.input).toMatchObject({ statusCode: "400", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } });
  });

  it("plans nothing for a type already in the safe shape, and names customised types that keep their own body", () => {
    const safe = { "application/json": safeErrorTemplate };
    const plan = planSafeErrorPreset(
      snapshot([
        { responseType: "DEFAULT_4XX", statusCode: null, responseParameters: {}, responseTemplates: safe, isDefault: false },
        { responseType: "THROTTLED", statusCode: "429", responseParameters: {}, responseTemplates: { "application/json": "{}" }, isDefault: false },
      ]),
    );
    expect(plan.steps.map((step) => step.id)).toEqual(["preset:DEFAULT_5XX"]);
    expect(plan.notes[0]!.text).toContain("THROTTLED");
  });
});
