import { describe, expect, it } from "vitest";
import { outputBytes } from "./output-bytes";

describe("outputBytes", () => {
  it("shares one buffer while a template renders the same text, and makes new bytes when the text changes", () => {
    const first = outputBytes('{"statusCode": $code}', '{"statusCode": 200}');
    expect(outputBytes('{"statusCode": $code}', '{"statusCode": 200}')).toBe(first);
    const changed = outputBytes('{"statusCode": $code}', '{"statusCode": 404}');
    expect(changed.toString()).toBe('{"statusCode": 404}');
    expect(first.toString()).toBe('{"statusCode": 200}');
  });

  it("keeps each template's output apart, and encodes text as UTF-8", () => {
    const a = outputBytes("template a", "héllo");
    const b = outputBytes("template b", "héllo ✓");
    expect(a).toEqual(Buffer.from("héllo"));
    expect(b).toEqual(Buffer.from("héllo ✓"));
    expect(outputBytes("template a", "héllo")).toBe(a);
  });
});
