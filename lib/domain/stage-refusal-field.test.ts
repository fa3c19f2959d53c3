import { describe, expect, it } from "vitest";
import { fieldOfPatchPath, stageRefusalField } from "./stage-refusal-field";

const logging = [
  { op: "replace", path: "/*/*/logging/loglevel", value: "INFO" },
  { op: "replace", path: "/accessLogSettings/destinationArn", value: "arn:aws:logs:us-east-1:123456789012:log-group:a" },
  { op: "replace", path: "/accessLogSettings/format", value: "$context.status" },
] as const;

describe("where an UpdateStage refusal is shown", () => {
  it("maps each patch path to the form field that edits it", () => {
    expect(fieldOfPatchPath("/tracingEnabled")).toBe("next.tracingEnabled");
    expect(fieldOfPatchPath("/*/*/logging/dataTrace")).toBe("next.defaults.dataTraceEnabled");
    expect(fieldOfPatchPath("/~1pets/GET/logging/loglevel")).toBe("next.overrides");
  });

  it("puts AWS's format and destination refusals beside those fields", () => {
    expect(stageRefusalField("Access Log format must include at least $context.requestId or $context.extendedRequestId", [...logging])).toBe("next.accessLog.format");
    expect(stageRefusalField("Invalid ARN specified in the request: x", [...logging])).toBe("next.accessLog.destinationArn");
  });

  it("names the account's missing CloudWatch role rather than a stage field", () => {
    expect(stageRefusalField("CloudWatch Logs role ARN must be set in account settings to enable logging", [...logging])).toBe("cloudWatchRole");
  });

  it("blames the only field sent when the message gives no clue, and no field when several were sent", () => {
    expect(stageRefusalField("Something odd", [{ op: "replace", path: "/description", value: "x" }])).toBe("next.description");
    expect(stageRefusalField("Something odd", [...logging])).toBeNull();
  });

  it("puts an unknown client certificate beside the certificate picker", () => {
    const patches = [{ op: "replace", path: "/description", value: "x" }, { op: "replace", path: "/clientCertificateId", value: "nope" }] as const;
    expect(stageRefusalField("Invalid Client Certificate identifier specified", [...patches])).toBe("next.clientCertificateId");
  });
});
