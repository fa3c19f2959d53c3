import { describe, expect, it } from "vitest";
import { UpdateAccountCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { deployedMockApi, replaceStageSettings, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile({ args: ["--log-level", "info"] });

/** Waits for the sandbox to write a line matching `pattern` to its log (stderr). */
async function logLine(pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const line = sandbox.stderr().split("\n").find((entry) => pattern.test(entry));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no log line matched ${pattern}:\n${sandbox.stderr()}`);
}

describe("stage logging", () => {
  it("writes an access log line in the stage's format, and the execution log at loggingLevel INFO", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "logged");
    // AWS refuses stage logging until the account has a CloudWatch role.
    await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::000000000000:role/apigateway-logs" }] }));
    await replaceStageSettings(client, api, "prod", {
      "/accessLogSettings/destinationArn": "arn:aws:logs:us-east-1:000000000000:log-group:access",
      "/accessLogSettings/format": "$context.requestId $context.httpMethod $context.resourcePath $context.status $context.identity.user",
      "/*/*/logging/loglevel": "INFO",
    });
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    const requestId = response.headers.get("x-amzn-requestid")!;
    expect(await logLine(new RegExp(`access log ${api.id}/prod: ${requestId} GET / 200 -$`))).toBeTruthy();
    expect(await logLine(new RegExp(`execution log ${api.id}/prod`))).toBeTruthy();
    expect(sandbox.stderr()).toContain(`Execution log for request ${requestId}`);
  });
});
