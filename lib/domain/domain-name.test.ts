import { describe, expect, it } from "vitest";
import {
  basePathPrefix,
  basePathProblem,
  certificateArnProblem,
  certificateRegion,
  dnsRecordsFor,
  domainNameFromSegment,
  mappingTargetLabel,
  domainNameProblem,
  primaryDomainEndpointType,
  securityPolicyWarning,
  type DomainNameSummary,
} from "./domain-name";

const usEast1Cert = "arn:aws:acm:us-east-1:123456789012:certificate/0d3a1f2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
const euWest1Cert = "arn:aws:acm:eu-west-1:123456789012:certificate/0d3a1f2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

describe("domainNameProblem", () => {
  it("accepts ordinary, upper-case and wildcard domain names", () => {
    expect(domainNameProblem("api.example.com")).toBeNull();
    expect(domainNameProblem("API.Example.COM")).toBeNull();
    expect(domainNameProblem("*.example.dev")).toBeNull();
    expect(domainNameProblem("v2-api.eu.example.co.uk")).toBeNull();
  });

  it("refuses URLs, single labels, bad labels and numeric top-level domains, saying why", () => {
    expect(domainNameProblem("https://api.example.com")).toMatch(/host name only/);
    expect(domainNameProblem("api.example.com/v1")).toMatch(/host name only/);
    expect(domainNameProblem("localhost")).toMatch(/with a dot/);
    expect(domainNameProblem("-api.example.com")).toMatch(/hyphen/);
    expect(domainNameProblem("api_1.example.com")).toMatch(/letters, digits and hyphens/);
    expect(domainNameProblem("api.example.123")).toMatch(/top-level domain/);
    expect(domainNameProblem("")).toMatch(/Enter a domain name/);
    expect(domainNameProblem(`${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}.com`)).toMatch(/253/);
  });
});

describe("certificateArnProblem", () => {
  it("reads the Region from an ACM certificate ARN and refuses other ARNs", () => {
    expect(certificateRegion(euWest1Cert)).toBe("eu-west-1");
    expect(certificateRegion("arn:aws:iam::123456789012:server-certificate/foo")).toBeNull();
    expect(certificateArnProblem("arn:aws:acm:us-east-1:1234:certificate/abc", "REGIONAL", "us-east-1")).toMatch(/arn:aws:acm:\{region\}/);
  });

  it("requires a us-east-1 certificate for an edge-optimized domain, whatever the environment's Region", () => {
    expect(certificateArnProblem(usEast1Cert, "EDGE", "eu-west-1")).toBeNull();
    expect(certificateArnProblem(euWest1Cert, "EDGE", "eu-west-1")).toMatch(/CloudFront.*us-east-1.*eu-west-1/);
  });

  it("requires a regional domain's certificate to be in the environment's Region", () => {
    expect(certificateArnProblem(euWest1Cert, "REGIONAL", "eu-west-1")).toBeNull();
    expect(certificateArnProblem(usEast1Cert, "REGIONAL", "eu-west-1")).toMatch(/Region, eu-west-1; this one is in us-east-1/);
  });
});

describe("basePathProblem", () => {
  it("accepts the empty root, single segments and AWS's allowed punctuation", () => {
    expect(basePathProblem("")).toBeNull();
    expect(basePathProblem("v1")).toBeNull();
    expect(basePathProblem("orders-v2.1_beta~$")).toBeNull();
  });

  it("refuses a leading slash, multi-level paths, the literal (none) and other characters", () => {
    expect(basePathProblem("/v1")).toBe("Leave out the leading slash: write v1 instead of /v1.");
    expect(basePathProblem("v1/orders")).toMatch(/one segment/);
    expect(basePathProblem("(none)")).toMatch(/empty/);
    expect(basePathProblem("v 1")).toMatch(/letters, digits/);
    expect(basePathProblem("v1?x")).toMatch(/letters, digits/);
  });

  it("puts a slash before a named base path and nothing before the root", () => {
    expect(basePathPrefix("(none)")).toBe("");
    expect(basePathPrefix("v2")).toBe("/v2");
  });
});

describe("security policy and DNS", () => {
  const domain: DomainNameSummary = {
    domainName: "api.example.com",
    endpointType: "REGIONAL",
    certificateArn: usEast1Cert,
    securityPolicy: "TLS_1_2",
    targetDomainName: "d-abc123.execute-api.us-east-1.amazonaws.com",
    targetHostedZoneId: "Z1UJRXOUMOOFQ8",
    status: "AVAILABLE",
  };

  it("warns about TLS_1_0 only", () => {
    expect(securityPolicyWarning("TLS_1_0")).toMatch(/Allows TLS 1.0 and 1.1, which are deprecated/);
    expect(securityPolicyWarning("TLS_1_2")).toBeNull();
    expect(securityPolicyWarning("SecurityPolicy_TLS13_1_3_2025_09")).toBeNull();
  });

  it("points DNS at the target domain name with an alias (with its hosted zone) or a CNAME", () => {
    expect(dnsRecordsFor(domain)).toEqual([
      { name: "api.example.com", type: "A (alias)", value: "d-abc123.execute-api.us-east-1.amazonaws.com", hostedZoneId: "Z1UJRXOUMOOFQ8" },
      { name: "api.example.com", type: "CNAME", value: "d-abc123.execute-api.us-east-1.amazonaws.com", hostedZoneId: null },
    ]);
    expect(dnsRecordsFor({ ...domain, targetDomainName: null })).toEqual([]);
  });

  it("takes the first reported endpoint type and defaults to EDGE as AWS does", () => {
    expect(primaryDomainEndpointType(["REGIONAL"])).toBe("REGIONAL");
    expect(primaryDomainEndpointType(undefined)).toBe("EDGE");
  });
});

describe("certificateArnProblem before the environment is known", () => {
  it("checks the form and the edge rule but not a regional certificate's Region", () => {
    expect(certificateArnProblem(euWest1Cert, "REGIONAL", null)).toBeNull();
    expect(certificateArnProblem(euWest1Cert, "EDGE", null)).toMatch(/us-east-1/);
    expect(certificateArnProblem("not an arn", "REGIONAL", null)).toMatch(/ACM certificate ARN/);
  });
});

describe("mappingTargetLabel", () => {
  it("names the API and stage, falling back to the API id and to the path's stage", () => {
    const apis = [{ id: "a1", name: "orders-api" }];
    expect(mappingTargetLabel({ restApiId: "a1", stage: "prod" }, apis)).toBe("orders-api · prod");
    expect(mappingTargetLabel({ restApiId: "zz9", stage: null }, apis)).toBe("zz9 · stage from the path");
  });
});

describe("domainNameFromSegment", () => {
  it("decodes a route segment into a domain name and refuses what cannot be one", () => {
    expect(domainNameFromSegment("API.example.com")).toBe("api.example.com");
    expect(domainNameFromSegment("%2A.example.com")).toBe("*.example.com");
    expect(domainNameFromSegment("%E0%A4%A")).toBeNull();
    expect(domainNameFromSegment("..%2Fetc")).toBeNull();
  });
});
