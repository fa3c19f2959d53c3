import { describe, expect, it } from "vitest";
import { createDomainNameSchema } from "../domain-names/domain-name-schemas";
import { createBasePathMappingSchema, deleteBasePathMappingSchema, updateBasePathMappingSchema } from "./base-path-mapping-schemas";

const target = { envId: "sandbox", domainName: "API.Example.com", restApiId: "abc123", stage: "prod" };
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("base path mapping input", () => {
  it("accepts an empty base path for the root and lower-cases the domain", () => {
    expect(createBasePathMappingSchema.parse({ ...target, basePath: " " })).toMatchObject({ basePath: "", domainName: "api.example.com" });
  });

  it("refuses a leading slash, a multi-level path and a missing stage beside their fields", () => {
    expect(issuesOf(createBasePathMappingSchema.safeParse({ ...target, basePath: "/v1" }))).toEqual([["basePath", "Leave out the leading slash: write v1 instead of /v1."]]);
    expect(issuesOf(createBasePathMappingSchema.safeParse({ ...target, basePath: "v1/orders" }))[0]?.[0]).toBe("basePath");
    expect(issuesOf(createBasePathMappingSchema.safeParse({ ...target, basePath: "v1", stage: "" }))).toEqual([["stage", "Choose a stage."]]);
  });

  it("names an existing root mapping as AWS does, (none), and refuses an empty name", () => {
    expect(updateBasePathMappingSchema.safeParse({ ...target, basePath: "(none)" }).success).toBe(true);
    expect(deleteBasePathMappingSchema.safeParse({ envId: "sandbox", domainName: "api.example.com", basePath: "" }).success).toBe(false);
  });
});

describe("domain name input", () => {
  const domain = { envId: "sandbox", domainName: "api.example.com", endpointType: "EDGE", securityPolicy: "TLS_1_2" };

  it("refuses an edge domain with a certificate outside us-east-1, beside the certificate field", () => {
    const result = createDomainNameSchema.safeParse({ ...domain, certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/0d3a1f2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b" });
    expect(issuesOf(result)).toEqual([["certificateArn", expect.stringMatching(/only uses certificates in us-east-1; this one is in eu-west-1/)]]);
  });

  it("refuses a URL where a host name belongs, and a policy the console does not offer", () => {
    const result = createDomainNameSchema.safeParse({ ...domain, domainName: "https://api.example.com", securityPolicy: "SSLv3", certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/0d3a1f2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b" });
    expect(issuesOf(result).map(([field]) => field).sort()).toEqual(["domainName", "securityPolicy"]);
  });
});
