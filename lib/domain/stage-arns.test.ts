import { describe, expect, it } from "vitest";
import { accessLogDestinationKind, accessLogDestinationProblem, associateWebAclCommand, webAclArnProblem } from "./stage-arns";

describe("stage ARNs", () => {
  it("accepts a log group ARN and an amazon-apigateway- Firehose stream", () => {
    expect(accessLogDestinationProblem("arn:aws:logs:us-east-1:123456789012:log-group:api-access")).toBeNull();
    expect(accessLogDestinationProblem("arn:aws:firehose:eu-west-1:123456789012:deliverystream/amazon-apigateway-access")).toBeNull();
    expect(accessLogDestinationKind("arn:aws:firehose:eu-west-1:123456789012:deliverystream/amazon-apigateway-access")).toBe("Firehose");
    expect(accessLogDestinationKind("arn:aws:logs:us-east-1:123456789012:log-group:api-access")).toBe("CloudWatch Logs");
  });

  it("refuses a log group ARN with ':*', a Firehose stream with another name, and anything else", () => {
    expect(accessLogDestinationProblem("arn:aws:logs:us-east-1:123456789012:log-group:api-access:*")).toMatch(/:\*/);
    expect(accessLogDestinationProblem("arn:aws:firehose:eu-west-1:123456789012:deliverystream/access")).toMatch(/amazon-apigateway-/);
    expect(accessLogDestinationProblem("arn:aws:s3:::bucket")).toMatch(/log-group/);
    expect(accessLogDestinationProblem("")).toMatch(/Enter/);
  });

  it("accepts a regional WAFv2 web ACL of the stage's region only", () => {
    const arn = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api-acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111".replace("EXAMPLE11111", "0123456789ab");
    expect(webAclArnProblem(arn, "us-east-1")).toBeNull();
    expect(webAclArnProblem(arn, "eu-west-1")).toMatch(/us-east-1/);
    expect(webAclArnProblem(arn.replace("regional", "global"), "us-east-1")).toMatch(/regional\/webacl/);
  });

  it("builds the wafv2 associate command against the stage's resource ARN", () => {
    expect(associateWebAclCommand("arn:aws:wafv2:us-east-1:1:regional/webacl/a/b", "us-east-1", "abc123", "prod")).toBe(
      "aws wafv2 associate-web-acl --region us-east-1 --web-acl-arn arn:aws:wafv2:us-east-1:1:regional/webacl/a/b --resource-arn arn:aws:apigateway:us-east-1::/restapis/abc123/stages/prod",
    );
  });
});
