import { describe, expect, it } from "vitest";
import { GetAccountCommand, UpdateAccountCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();

describe("account settings", () => {
  it("starts with AWS's account throttle, usage plans on and no CloudWatch role", async () => {
    const account = await apiGatewayClient(sandbox.url, { region: "eu-west-1" }).send(new GetAccountCommand({}));
    expect(account.throttleSettings).toEqual({ burstLimit: 5000, rateLimit: 10000 });
    expect(account.features).toEqual(["UsagePlans"]);
    expect(account.apiKeyVersion).toBe("4");
    expect(account.cloudwatchRoleArn).toBeUndefined();
  });

  it("sets and clears the CloudWatch role ARN, per region, and refuses a malformed one", async () => {
    const client = apiGatewayClient(sandbox.url, { region: "eu-west-2" });
    const role = "arn:aws:iam::000000000000:role/apigateway-cloudwatch";
    const updated = await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: role }] }));
    expect(updated.cloudwatchRoleArn).toBe(role);
    expect((await client.send(new GetAccountCommand({}))).cloudwatchRoleArn).toBe(role);
    const elsewhere = await apiGatewayClient(sandbox.url, { region: "eu-west-3" }).send(new GetAccountCommand({}));
    expect(elsewhere.cloudwatchRoleArn).toBeUndefined();
    const malformed = await expectAwsError(client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "not-an-arn" }] })));
    expect(malformed).toMatchObject({ name: "BadRequestException", status: 400 });
    const cleared = await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "" }] }));
    expect(cleared.cloudwatchRoleArn).toBeUndefined();
  });

  it("refuses patching the throttle, which AWS sets", async () => {
    const client = apiGatewayClient(sandbox.url, { region: "eu-north-1" });
    const error = await expectAwsError(client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/throttleSettings/rateLimit", value: "1" }] })));
    expect(error).toMatchObject({ name: "BadRequestException", message: "Invalid patch path /throttleSettings/rateLimit" });
  });
});
