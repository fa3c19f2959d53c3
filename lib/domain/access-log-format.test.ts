import { describe, expect, it } from "vitest";
import { accessLogFormatProblem, accessLogPresets, insertVariable, presetOf, renderAccessLogPreview } from "./access-log-format";

describe("access log formats", () => {
  it("offers CLF, JSON, XML and CSV, each carrying both request ids as AWS's console presets do", () => {
    expect(accessLogPresets.map((preset) => preset.id)).toEqual(["CLF", "JSON", "XML", "CSV"]);
    for (const preset of accessLogPresets) {
      expect(preset.format).toContain("$context.requestId");
      expect(preset.format).toContain("$context.extendedRequestId");
      expect(accessLogFormatProblem(preset.format)).toBeNull();
    }
  });

  it("renders the JSON preset as one parseable JSON line with sample values", () => {
    const json = accessLogPresets.find((preset) => preset.id === "JSON")!.format;
    const line = JSON.parse(renderAccessLogPreview(json)) as Record<string, string>;
    expect(line.httpMethod).toBe("GET");
    expect(line.status).toBe("200");
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line.caller).toBe("-");
  });

  it("renders variables it has no sample for as '-' and leaves literal text alone", () => {
    expect(renderAccessLogPreview("id=$context.requestId x=$context.authorizer.claims.sub $context.status.")).toBe("id=c6af9ac6-7b61-11e6-9a41-93e8deadbeef x=- 200.");
  });

  it("refuses a format without a request id, an empty one and one spanning lines", () => {
    expect(accessLogFormatProblem("$context.status")).toMatch(/requestId/);
    expect(accessLogFormatProblem("  ")).toMatch(/Enter a log format/);
    expect(accessLogFormatProblem("$context.requestId\n$context.status")).toMatch(/single line/);
    expect(accessLogFormatProblem("$context.extendedRequestId")).toBeNull();
    expect(accessLogFormatProblem("$context.requestIdentity")).toMatch(/requestId/);
  });

  it("inserts a variable at the cursor, spaced from the word before it, and moves the cursor past it", () => {
    expect(insertVariable("$context.requestId", "$context.status", 18)).toEqual({ format: "$context.requestId $context.status", cursor: 34 });
    expect(insertVariable("a ", "$context.status", 2)).toEqual({ format: "a $context.status", cursor: 17 });
    expect(insertVariable("ab", "$x", 99).format).toBe("ab $x");
    expect(insertVariable("$context.status", "$context.requestId", 0)).toEqual({ format: "$context.requestId $context.status", cursor: 18 });
  });

  it("recognises a preset only when the format is exactly its text", () => {
    const csv = accessLogPresets.find((preset) => preset.id === "CSV")!.format;
    expect(presetOf(csv)).toBe("CSV");
    expect(presetOf(`${csv},$context.stage`)).toBeNull();
  });
});
