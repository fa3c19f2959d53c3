import { describe, expect, it } from "vitest";
import { validateInput, type RequestParts } from "./input-validation";

const request = (operation: string, body: Record<string, unknown>, params: Record<string, string> = {}): RequestParts => ({
  operation,
  params,
  query: new URLSearchParams(),
  body,
});

function failureOf(parts: RequestParts): { name: string; message: string } {
  try {
    validateInput(parts);
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error("expected the request to be refused");
}

const opEnum = "Member must satisfy enum value set: [add, remove, move, test, replace, copy]";

describe("validateInput", () => {
  it("lists every bad patch op with AWS's member path, body members before URI labels", () => {
    const parts = request(
      "UpdateMethodResponse",
      { patchOperations: [{ op: "wrong_op", path: "/a" }, { op: "replace", path: "/b" }, { op: "nope", path: "/c" }] },
      { restapi_id: "a", resource_id: "r", http_method: "GET", status_code: "wrong" },
    );
    expect(failureOf(parts)).toEqual({
      name: "ValidationException",
      message:
        "3 validation errors detected: " +
        `Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: ${opEnum}; ` +
        `Value 'nope' at 'updateMethodResponseInput.patchOperations.3.member.op' failed to satisfy constraint: ${opEnum}; ` +
        "Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    });
  });

  it("refuses an enum list as a whole and a nested enum by its path", () => {
    const parts = request("CreateRestApi", { name: "a", endpointConfiguration: { types: ["wrong"], ipAddressType: "wrong" } });
    expect(failureOf(parts).message).toBe(
      "2 validation errors detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: " +
        "Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]; " +
        "Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]",
    );
  });

  it("names a missing required body member", () => {
    expect(failureOf(request("CreateModel", { name: "Pet" }, { restapi_id: "a" }))).toEqual({
      name: "ValidationException",
      message: "1 validation error detected: Value null at 'createModelInput.contentType' failed to satisfy constraint: Member must not be null",
    });
  });

  it("answers SerializationException for a boolean or number where a string belongs, before any constraint", () => {
    const params = { restapi_id: "a", resource_id: "r", http_method: "GET" };
    expect(failureOf(request("PutIntegration", { type: "BAD", requestParameters: { "integration.request.path.id": true } }, params))).toEqual({
      name: "SerializationException",
      message: "class java.lang.Boolean can not be converted to an String",
    });
    expect(failureOf(request("PutIntegrationResponse", { responseTemplates: { "application/json": 123 } }, { ...params, status_code: "200" }))).toEqual({
      name: "SerializationException",
      message: "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String",
    });
    expect(failureOf(request("CreateRestApi", { name: { nested: true } })).message).toBe("Start of structure or map found where not expected.");
  });

  it("refuses an API key name longer than the 1,024 characters AWS documents, alongside the model's own failures", () => {
    const long = "k".repeat(1025);
    expect(failureOf(request("CreateApiKey", { name: long, stageKeys: [{ restApiId: "a" }] }))).toEqual({
      name: "ValidationException",
      message: `1 validation error detected: Value '${long}' at 'createApiKeyInput.name' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    });
    expect(() => validateInput(request("CreateApiKey", { name: "k".repeat(1024) }))).not.toThrow();
    expect(() => validateInput(request("CreateUsagePlan", { name: long }))).not.toThrow();
  });

  it("accepts a well-formed request, null map values and strings where numbers belong (the operation judges those)", () => {
    const params = { restapi_id: "a", resource_id: "r", http_method: "GET", status_code: "200" };
    expect(() => validateInput(request("PutIntegrationResponse", { responseTemplates: { "application/json": null } }, params))).not.toThrow();
    expect(() => validateInput(request("CreateRestApi", { name: "a", minimumCompressionSize: "ten" }))).not.toThrow();
    expect(() => validateInput(request("ImportRestApi", {}))).not.toThrow();
  });
});
