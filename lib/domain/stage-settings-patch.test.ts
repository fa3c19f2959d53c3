import { describe, expect, it } from "vitest";
import { accessLogPatches, changedGeneralSettings, generalSettingsOf, generalSettingsPatches, type StageGeneralSettings } from "./stage-settings-patch";

const base: StageGeneralSettings = { description: "prod", tracingEnabled: false, clientCertificateId: "", documentationVersion: "" };

describe("stage settings patches", () => {
  it("replaces the description, as a string", () => {
    expect(generalSettingsPatches(base, { ...base, description: "production traffic" })).toEqual([{ op: "replace", path: "/description", value: "production traffic" }]);
  });

  it("turns X-Ray tracing on and off with 'true' and 'false'", () => {
    expect(generalSettingsPatches(base, { ...base, tracingEnabled: true })).toEqual([{ op: "replace", path: "/tracingEnabled", value: "true" }]);
    expect(generalSettingsPatches({ ...base, tracingEnabled: true }, base)).toEqual([{ op: "replace", path: "/tracingEnabled", value: "false" }]);
  });

  it("sets and clears the client certificate and documentation version (clearing sends an empty string)", () => {
    expect(generalSettingsPatches(base, { ...base, clientCertificateId: "abc123", documentationVersion: "v2" })).toEqual([
      { op: "replace", path: "/clientCertificateId", value: "abc123" },
      { op: "replace", path: "/documentationVersion", value: "v2" },
    ]);
    expect(generalSettingsPatches({ ...base, clientCertificateId: "abc123" }, base)).toEqual([{ op: "replace", path: "/clientCertificateId", value: "" }]);
  });

  it("sends nothing when nothing changed", () => {
    expect(generalSettingsPatches(base, { ...base })).toEqual([]);
  });

  it("names the settings that changed between two readings", () => {
    expect(changedGeneralSettings(base, { ...base, tracingEnabled: true, description: "x" })).toEqual(["description", "X-Ray tracing"]);
  });

  it("reads a stage's values with none as empty strings", () => {
    const stage = { description: null, documentationVersion: "v1", settings: { tracingEnabled: true, clientCertificateId: null } };
    expect(generalSettingsOf(stage)).toEqual({ description: "", tracingEnabled: true, clientCertificateId: "", documentationVersion: "v1" });
  });
});

describe("access log patches", () => {
  const on = { destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:a", format: "$context.requestId" };

  it("turns access logging on with both the destination and the format", () => {
    expect(accessLogPatches(null, on)).toEqual([
      { op: "replace", path: "/accessLogSettings/destinationArn", value: on.destinationArn },
      { op: "replace", path: "/accessLogSettings/format", value: on.format },
    ]);
  });

  it("changes only the part that changed", () => {
    expect(accessLogPatches(on, { ...on, format: "$context.requestId $context.status" })).toEqual([{ op: "replace", path: "/accessLogSettings/format", value: "$context.requestId $context.status" }]);
  });

  it("removes /accessLogSettings to turn access logging off, and does nothing when it is already off", () => {
    expect(accessLogPatches(on, null)).toEqual([{ op: "remove", path: "/accessLogSettings" }]);
    expect(accessLogPatches(null, null)).toEqual([]);
  });
});
