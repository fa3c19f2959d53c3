import { describe, expect, it } from "vitest";
import {
  CreateDeploymentCommand,
  CreateModelCommand,
  CreateVpcLinkCommand,
  GetResourcesCommand,
  PutIntegrationResponseCommand,
  PutMethodResponseCommand,
  TestInvokeMethodCommand,
  UpdateGatewayResponseCommand,
  UpdateMethodResponseCommand,
  UpdateModelCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";

// Requests whose answers real AWS recorded (LocalStack's AWS-validated snapshots, 2024-2025) and the sandbox
// answered otherwise before issue 15's second pass: each asserts the exception, status and AWS's exact text.

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const badRequest = (message: string) => ({ name: "BadRequestException", status: 400, message });
const notFound = (message: string) => ({ name: "NotFoundException", status: 404, message });

async function deployedPets(title: string) {
  const restApiId = await importApi(client, petsDocument(title));
  const deployment = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  return { restApiId, deploymentId: deployment.id! };
}

describe("canary settings", () => {
  it("refuses a canary deployment without a stage name or on a stage that does not exist", async () => {
    const { restApiId } = await deployedPets("canary-stage");
    const canarySettings = { percentTraffic: 10 };
    expect(await expectAwsError(client.send(new CreateDeploymentCommand({ restApiId, canarySettings })))).toEqual(
      badRequest("Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is null"),
    );
    expect(await expectAwsError(client.send(new CreateDeploymentCommand({ restApiId, stageName: "non-existing", canarySettings })))).toEqual(
      badRequest("Invalid deployment content specified.Stage non-existing must already be created before making a canary release deployment"),
    );
  });

  it("answers add, replace and remove on canary paths it does not take as AWS does", async () => {
    const { restApiId, deploymentId } = await deployedPets("canary-paths");
    const update = (op: "add" | "replace" | "remove", path: string, value?: string) =>
      expectAwsError(client.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op, path, value }] })));
    expect(await update("add", "/canarySettings/deploymentId", deploymentId)).toEqual(badRequest("Invalid add operation with path: /canarySettings/deploymentId"));
    expect(await update("remove", "/canarySettings/stageVariableOverrides")).toEqual(
      badRequest("Cannot remove method setting canarySettings/stageVariableOverrides because there is no method setting for this method "),
    );
    const replaced = await update("replace", "/canarySettings/badPath", "x");
    expect(replaced.name).toBe("BadRequestException");
    expect(replaced.message).toMatch(/^Invalid method setting path: \/canarySettings\/badPath\. Must be one of: \[\/deploymentId, \/description, /);
  });
});

describe("entities refused with AWS's text", () => {
  it("refuses a malformed VPC link target ARN and an empty VPC link name", async () => {
    expect(await expectAwsError(client.send(new CreateVpcLinkCommand({ name: "l", targetArns: ["invalid-arn"] })))).toEqual(
      badRequest("Invalid ARN. ARN is not well formed invalid-arn"),
    );
    const nlb = "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/parity/0123456789abcdef";
    expect(await expectAwsError(client.send(new CreateVpcLinkCommand({ name: "", targetArns: [nlb] })))).toEqual(badRequest("Name cannot be empty"));
  });

  it("answers an op a gateway response path does not take as an invalid path", async () => {
    const { restApiId } = await deployedPets("gateway-op");
    const added = await expectAwsError(
      client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", patchOperations: [{ op: "add", path: "/statusCode", value: "444" }] })),
    );
    expect(added).toEqual(badRequest("Invalid patch path /statusCode"));
  });

  it("refuses an empty model schema on create and update", async () => {
    const { restApiId } = await deployedPets("models");
    const empty = badRequest("Model schema must have at least 1 property or array items defined");
    expect(await expectAwsError(client.send(new CreateModelCommand({ restApiId, name: "Empty1", contentType: "application/json", schema: "{}" })))).toEqual(empty);
    await client.send(new CreateModelCommand({ restApiId, name: "Pet", contentType: "application/json", schema: JSON.stringify({ title: "Pet", type: "object" }) }));
    const update = client.send(new UpdateModelCommand({ restApiId, modelName: "Pet", patchOperations: [{ op: "replace", path: "/schema", value: "{}" }] }));
    expect(await expectAwsError(update)).toEqual(empty);
  });
});

describe("identifiers", () => {
  it("names the resource when TestInvokeMethod's API does not exist", async () => {
    const call = client.send(new TestInvokeMethodCommand({ restApiId: "nope000000", resourceId: "abc123", httpMethod: "GET" }));
    expect(await expectAwsError(call)).toEqual(notFound("Invalid Resource identifier specified"));
  });
});

describe("method and integration responses", () => {
  it("answers 404 for replacing or removing a response parameter or model the method response does not have", async () => {
    const { restApiId } = await deployedPets("responses");
    const resources = await client.send(new GetResourcesCommand({ restApiId }));
    const at = { restApiId, resourceId: resources.items!.find((r) => r.path === "/pets")!.id!, httpMethod: "GET", statusCode: "200" };
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: "201", responseParameters: { "method.response.header.my-header": true } }));
    const patch = (op: "replace" | "remove", path: string) =>
      expectAwsError(client.send(new UpdateMethodResponseCommand({ ...at, statusCode: "201", patchOperations: [{ op, path, value: op === "replace" ? "true" : undefined }] })));
    expect(await patch("remove", "/responseParameters/method.response.header.other")).toEqual(notFound("Invalid parameter name specified"));
    expect(await patch("replace", "/responseParameters/method.response.header.other")).toEqual(notFound("Invalid parameter name specified"));
    expect(await patch("remove", "/responseModels/application~1json")).toEqual(notFound("Content-Type specified was not found"));
    const templates = client.send(new PutIntegrationResponseCommand({ ...at, responseTemplates: { "123": "x" } }));
    expect(await expectAwsError(templates)).toEqual(badRequest("Validation Result: warnings : [], errors : [Invalid content type specified: 123]"));
  });
});
