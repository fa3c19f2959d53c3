import { describe, expect, it } from "vitest";
import { renderAccessLogLine } from "./access-log";

const variables = { requestId: "r-1", status: 200, identity: { sourceIp: "127.0.0.1", caller: null }, httpMethod: "GET", resourcePath: "/pets" };

describe("renderAccessLogLine", () => {
  it("fills context variables, nested ones included", () => {
    expect(renderAccessLogLine('{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}', variables)).toBe(
      '{"requestId":"r-1","ip":"127.0.0.1","status":"200"}',
    );
  });

  it("prints a dash for missing and null values", () => {
    expect(renderAccessLogLine("$context.identity.caller $context.identity.user $context.nope", variables)).toBe("- - -");
  });

  it("leaves text that is not a context variable alone", () => {
    expect(renderAccessLogLine('"$context.httpMethod $context.resourcePath" $stageVariables.x', variables)).toBe('"GET /pets" $stageVariables.x');
  });
});
