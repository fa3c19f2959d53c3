import { describe, expect, it } from "vitest";
import { customDomainCall } from "./custom-domain-call";

const sandbox = { kind: "sandbox", region: "us-east-1", endpointUrl: "http://localhost:4566/" } as const;
const aws = { kind: "aws", region: "eu-west-1" } as const;

describe("customDomainCall", () => {
  it("calls the sandbox at its own address with the domain as the Host header", () => {
    const call = customDomainCall(sandbox, "api.example.com", { basePath: "v1", restApiId: "abc123", stage: "prod" }, "/pets");
    expect(call).toEqual({
      url: "http://localhost:4566/v1/pets",
      hostHeader: "api.example.com",
      command: "curl -H 'Host: api.example.com' http://localhost:4566/v1/pets",
    });
  });

  it("calls the domain itself over HTTPS on AWS", () => {
    const call = customDomainCall(aws, "api.example.com", { basePath: "v2", restApiId: "abc123", stage: "prod" }, "orders/7");
    expect(call).toEqual({ url: "https://api.example.com/v2/orders/7", hostHeader: null, command: "curl https://api.example.com/v2/orders/7" });
  });

  it("maps the root base path to the domain's root", () => {
    expect(customDomainCall(sandbox, "api.example.com", { basePath: "(none)", restApiId: "a", stage: "prod" }, "/").url).toBe("http://localhost:4566/");
    expect(customDomainCall(aws, "api.example.com", { basePath: "(none)", restApiId: "a", stage: "prod" }, "/pets").url).toBe("https://api.example.com/pets");
    expect(customDomainCall(aws, "api.example.com", { basePath: "v1", restApiId: "a", stage: "prod" }, "/").url).toBe("https://api.example.com/v1");
  });

  it("leaves a placeholder for the stage when the mapping takes it from the path, and quotes what the shell would read", () => {
    const call = customDomainCall(aws, "api.example.com", { basePath: "v1", restApiId: "a", stage: null }, "/pets");
    expect(call.command).toBe("curl 'https://api.example.com/v1/{stage}/pets'");
    expect(customDomainCall(aws, "api.example.com", { basePath: "it's", restApiId: "a", stage: "prod" }, "/").command).toBe("curl 'https://api.example.com/it'\\''s'");
  });
});
