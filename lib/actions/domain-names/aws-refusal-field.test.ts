import { describe, expect, it } from "vitest";
import { ConsoleError } from "@/lib/errors";
import { mappingRefusalFields } from "../base-path-mappings/mapping-refusal-fields";
import { refusalBesideField } from "./aws-refusal-field";

const refusal = (code: "conflict" | "validation" | "unavailable", message: string) => new ConsoleError(code, message, { requestId: "req-1" });

describe("refusalBesideField", () => {
  it("puts AWS's mapping refusals beside the base path, API or stage field, keeping code, message and request id", () => {
    const placed = (message: string, code: "conflict" | "validation" = "validation") => refusalBesideField(refusal(code, message), mappingRefusalFields, "basePath") as ConsoleError;
    expect(placed("Base path already exists for this domain name", "conflict")).toMatchObject({ code: "conflict", requestId: "req-1", fieldErrors: { basePath: ["Base path already exists for this domain name"] } });
    expect(placed("Invalid stage identifier specified").fieldErrors).toEqual({ stage: ["Invalid stage identifier specified"] });
    expect(placed("Invalid REST API identifier specified").fieldErrors).toEqual({ restApiId: ["Invalid REST API identifier specified"] });
  });

  it("falls back to the given field, and leaves failures that are not refusals untouched", () => {
    const taken = refusalBesideField(refusal("conflict", "The domain name you provided already exists."), [[/certificate/i, "certificateArn"]], "domainName") as ConsoleError;
    expect(taken.fieldErrors).toEqual({ domainName: ["The domain name you provided already exists."] });
    const outage = refusal("unavailable", "The service is temporarily unavailable.");
    expect(refusalBesideField(outage, mappingRefusalFields, "basePath")).toBe(outage);
    const unknown = new Error("boom");
    expect(refusalBesideField(unknown, mappingRefusalFields, "basePath")).toBe(unknown);
  });
});
