import { describe, expect, it } from "vitest";
import { applyContentHandling } from "./content-handling";

const binary = Buffer.from([0x89, 0x50, 0xff, 0x00]);

describe("applyContentHandling", () => {
  it("decodes base64 text to binary with CONVERT_TO_BINARY", () => {
    expect(applyContentHandling(Buffer.from(binary.toString("base64")), "CONVERT_TO_BINARY")).toEqual(binary);
  });

  it("encodes binary as base64 text with CONVERT_TO_TEXT and leaves text alone", () => {
    expect(applyContentHandling(binary, "CONVERT_TO_TEXT").toString()).toBe(binary.toString("base64"));
    expect(applyContentHandling(Buffer.from('{"a":1}'), "CONVERT_TO_TEXT").toString()).toBe('{"a":1}');
  });

  it("passes the payload through without a setting", () => {
    expect(applyContentHandling(binary, undefined)).toBe(binary);
  });
});
