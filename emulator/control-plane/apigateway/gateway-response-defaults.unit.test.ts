import { describe, expect, it } from "vitest";
import { effectiveGatewayResponse, fallbackType, gatewayResponseTypes } from "./gateway-response-defaults";

describe("effectiveGatewayResponse", () => {
  it("answers the type's default when nothing is customised", () => {
    expect(effectiveGatewayResponse([], "THROTTLED")).toEqual({
      responseType: "THROTTLED",
      statusCode: "429",
      responseParameters: {},
      responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      defaultResponse: true,
    });
    expect(effectiveGatewayResponse([], "DEFAULT_5XX").statusCode).toBeUndefined();
  });

  it("prefers the API's own customisation of the type", () => {
    const customised = [{ responseType: "THROTTLED", statusCode: "503", responseParameters: {}, responseTemplates: {}, defaultResponse: false }];
    expect(effectiveGatewayResponse(customised, "THROTTLED")).toMatchObject({ statusCode: "503", responseTemplates: {}, defaultResponse: false });
  });

  it("keeps the default status for a customisation that sets none", () => {
    const customised = [{ responseType: "UNAUTHORIZED", responseParameters: { "gatewayresponse.header.X": "'a'" }, responseTemplates: {}, defaultResponse: false }];
    expect(effectiveGatewayResponse(customised, "UNAUTHORIZED")).toMatchObject({ statusCode: "401", defaultResponse: false });
  });

  it("takes parameters, templates and a set status from a customised DEFAULT_4XX for un-customised 4XX types only", () => {
    const customised = [
      {
        responseType: "DEFAULT_4XX",
        statusCode: "400",
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
        responseTemplates: { "application/json": "{}" },
        defaultResponse: false,
      },
    ];
    expect(effectiveGatewayResponse(customised, "MISSING_AUTHENTICATION_TOKEN")).toMatchObject({
      statusCode: "400",
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      responseTemplates: { "application/json": "{}" },
      defaultResponse: true,
    });
    expect(effectiveGatewayResponse(customised, "INTEGRATION_TIMEOUT")).toMatchObject({ statusCode: "504", responseParameters: {} });
  });

  it("knows all 21 types and the class each falls back to", () => {
    expect(gatewayResponseTypes).toHaveLength(21);
    expect(fallbackType("UNSUPPORTED_MEDIA_TYPE")).toBe("DEFAULT_4XX");
    expect(fallbackType("AUTHORIZER_FAILURE")).toBe("DEFAULT_5XX");
    expect(fallbackType("DEFAULT_4XX")).toBeUndefined();
  });
});
