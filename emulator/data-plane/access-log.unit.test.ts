import { describe, expect, it } from "vitest";
import { compileAccessLogFormat, renderAccessLogLine } from "./access-log";

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

describe("compileAccessLogFormat", () => {
  it("renders every line like the format read afresh, values changing between lines", () => {
    const format = '$context.requestId "$context.httpMethod $context.resourcePath" $context.status $context.identity.sourceIp $context.nope';
    const render = compileAccessLogFormat(format);
    expect(render(variables)).toBe(renderAccessLogLine(format, variables));
    expect(render({ ...variables, requestId: "r-2", status: 404 })).toBe('r-2 "GET /pets" 404 127.0.0.1 -');
  });

  it("keeps a format with no variables, or only variables, as it is", () => {
    expect(compileAccessLogFormat("plain text")(variables)).toBe("plain text");
    expect(compileAccessLogFormat("$context.status$context.requestId")(variables)).toBe("200r-1");
  });
});
