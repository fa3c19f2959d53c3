import { describe, expect, it } from "vitest";
import { UpdateAccountCommand, UpdateStageCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMockMethod, createApi, deploy, stageUrl } from "./support/data-plane-fixtures";

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
    const api = await createApi(client, "logged");
    await addMockMethod(client, api, api.rootId, "GET", "{}");
    await deploy(client, api, "prod");
    // AWS refuses stage logging until the account has a CloudWatch role.
    await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::000000000000:role/apigateway-logs" }] }));
    await client.send(
      new UpdateStageCommand({
        restApiId: api.id,
        stageName: "prod",
        patchOperations: [
          { op: "replace", path: "/accessLogSettings/destinationArn", value: "arn:aws:logs:us-east-1:000000000000:log-group:access" },
          { op: "replace", path: "/accessLogSettings/format", value: "$context.requestId $context.httpMethod $context.resourcePath $context.status $context.identity.user" },
          { op: "replace", path: "/*/*/logging/loglevel", value: "INFO" },
        ],
      }),
    );
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    const requestId = response.headers.get("x-amzn-requestid")!;
    expect(await logLine(new RegExp(`access log ${api.id}/prod: ${requestId} GET / 200 -$`))).toBeTruthy();
    expect(await logLine(new RegExp(`execution log ${api.id}/prod`))).toBeTruthy();
    expect(sandbox.stderr()).toContain(`Execution log for request ${requestId}`);
  });
});
