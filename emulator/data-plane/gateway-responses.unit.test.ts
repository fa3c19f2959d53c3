import { describe, expect, it } from "vitest";
import { resolveGatewayResponse } from "./gateway-responses";

const defaultTemplate = { "application/json": '{"message":$context.error.messageString}' };

describe("resolveGatewayResponse", () => {
  it("uses the built-in default when nothing is customised", () => {
    expect(resolveGatewayResponse("THROTTLED", 429, [])).toEqual({ statusCode: 429, responseParameters: {}, responseTemplates: defaultTemplate });
  });

  it("uses a customised response of the same type, with its status", () => {
    const custom = { responseType: "INVALID_API_KEY", statusCode: "401", responseTemplates: { "application/json": '{"error":"key"}' } };
    const resolved = resolveGatewayResponse("INVALID_API_KEY", 403, [custom]);
    expect(resolved.statusCode).toBe(401);
    expect(resolved.responseTemplates).toEqual({ "application/json": '{"error":"key"}' });
  });

  it("falls back to DEFAULT_4XX for a 4xx type, keeping the type's status when DEFAULT_4XX sets none", () => {
    const cors = { responseType: "DEFAULT_4XX", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } };
    const resolved = resolveGatewayResponse("MISSING_AUTHENTICATION_TOKEN", 403, [cors]);
    expect(resolved.statusCode).toBe(403);
    expect(resolved.responseParameters).toEqual({ "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" });
    expect(resolved.responseTemplates).toEqual(defaultTemplate);
  });

  it("applies a status set on DEFAULT_5XX to 5xx errors that are not customised", () => {
    const resolved = resolveGatewayResponse("INTEGRATION_TIMEOUT", 504, [{ responseType: "DEFAULT_5XX", statusCode: "503" }]);
    expect(resolved.statusCode).toBe(503);
  });

  it("does not apply DEFAULT_5XX to a 4xx error", () => {
    const resolved = resolveGatewayResponse("THROTTLED", 429, [{ responseType: "DEFAULT_5XX", statusCode: "503" }]);
    expect(resolved.statusCode).toBe(429);
  });
});
