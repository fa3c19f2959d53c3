import { describe, expect, it, vi } from "vitest";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  GetExportCommand,
  GetResourcesCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateMethodCommand,
  UpdateRestApiCommand,
  type APIGatewayClient,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "@/emulator/test/support/sandbox-for-file";
import { apiGatewayClient } from "@/emulator/test/support/clients";
import { importApi, petsDocument } from "@/emulator/test/support/openapi-fixtures";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { openApiFromSnapshot } from "@/lib/domain/openapi-from-snapshot";
import { readApiSnapshot } from "./api-snapshot";

vi.mock("server-only", () => ({}));

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const env = (): EnvironmentSummary => ({ id: "snapshot-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false });

async function stageExport(restApiId: string, stageName: string): Promise<Record<string, unknown>> {
  const output = await client.send(new GetExportCommand({ restApiId, stageName, exportType: "oas30", parameters: { extensions: "apigateway" }, accepts: "application/json" }));
  return JSON.parse(new TextDecoder().decode(output.body)) as Record<string, unknown>;
}

/** Adds one of every kind of object the export carries to an imported API. */
async function enrich(api: APIGatewayClient, restApiId: string): Promise<void> {
  const resources = await api.send(new GetResourcesCommand({ restApiId }));
  const pets = resources.items!.find((resource) => resource.path === "/pets")!;
  const child = await api.send(new CreateResourceCommand({ restApiId, parentId: pets.id, pathPart: "{petId}" }));
  await api.send(new CreateModelCommand({ restApiId, name: "Pet", contentType: "application/json", schema: JSON.stringify({ type: "object", properties: { id: { type: "integer" } } }) }));
  const validator = await api.send(new CreateRequestValidatorCommand({ restApiId, name: "body-only", validateRequestBody: true, validateRequestParameters: false }));
  const authorizer = await api.send(
    new CreateAuthorizerCommand({ restApiId, name: "token-auth", type: "TOKEN", identitySource: "method.request.header.Authorization", authorizerUri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations", authorizerResultTtlInSeconds: 60 }),
  );
  await api.send(
    new PutMethodCommand({ restApiId, resourceId: child.id, httpMethod: "POST", authorizationType: "CUSTOM", authorizerId: authorizer.id, apiKeyRequired: true, requestValidatorId: validator.id, requestParameters: { "method.request.path.petId": true, "method.request.header.x-trace": false }, requestModels: { "application/json": "Pet" } }),
  );
  await api.send(new PutMethodResponseCommand({ restApiId, resourceId: child.id, httpMethod: "POST", statusCode: "201", responseParameters: { "method.response.header.Location": true }, responseModels: { "application/json": "Pet" } }));
  await api.send(
    new PutIntegrationCommand({ restApiId, resourceId: child.id, httpMethod: "POST", type: "HTTP", integrationHttpMethod: "POST", uri: "https://${stageVariables.host}/pets/{id}", requestParameters: { "integration.request.path.id": "method.request.path.petId" }, requestTemplates: { "application/json": '{"id": "$input.params(\'petId\')"}' }, passthroughBehavior: "WHEN_NO_TEMPLATES", timeoutInMillis: 5000 }),
  );
  await api.send(new PutIntegrationResponseCommand({ restApiId, resourceId: child.id, httpMethod: "POST", statusCode: "201", selectionPattern: "2\\d{2}", responseParameters: { "method.response.header.Location": "integration.response.header.Location" } }));
  await api.send(new PutMethodCommand({ restApiId, resourceId: child.id, httpMethod: "ANY", authorizationType: "AWS_IAM" }));
  await api.send(new PutIntegrationCommand({ restApiId, resourceId: child.id, httpMethod: "ANY", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  await api.send(new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", statusCode: "418", responseParameters: { "gatewayresponse.header.x-why": "'teapot'" }, responseTemplates: { "application/json": '{"m":$context.error.messageString}' } }));
  await api.send(new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: "add", path: "/binaryMediaTypes/image~1png" }, { op: "replace", path: "/minimumCompressionSize", value: "1024" }] }));
}

describe("the working copy as an OpenAPI document", () => {
  it("equals the stage's GetExport right after a deploy", async () => {
    const restApiId = await importApi(client, petsDocument("snapshot-equal"));
    await enrich(client, restApiId);
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));

    const exported = await stageExport(restApiId, "dev");
    const working = openApiFromSnapshot(await readApiSnapshot(env(), restApiId), { stageName: "dev", region: "us-east-1", fallbackVersion: "ignored" });
    expect(working).toEqual(exported);
    // The document really carries every kind of object, so equality is not between two empty shells.
    // The root has no methods, so it is not a path, as in AWS's export.
    expect(Object.keys(working.paths as object)).toEqual(["/pets", "/pets/{petId}"]);
    expect(JSON.stringify(working)).toContain("x-amazon-apigateway-authorizer");
    expect(JSON.stringify(working)).toContain('"418"');
  });

  it("differs from the stage once the working copy changes", async () => {
    const restApiId = await importApi(client, petsDocument("snapshot-differs"));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const resources = await client.send(new GetResourcesCommand({ restApiId }));
    const pets = resources.items!.find((resource) => resource.path === "/pets")!;
    await client.send(new UpdateMethodCommand({ restApiId, resourceId: pets.id, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] }));

    const exported = await stageExport(restApiId, "dev");
    const working = openApiFromSnapshot(await readApiSnapshot(env(), restApiId), { stageName: "dev", region: "us-east-1", fallbackVersion: "ignored" });
    expect(working).not.toEqual(exported);
    expect(((working.paths as Record<string, Record<string, { security?: unknown }>>)["/pets"]!.get!.security)).toEqual([{ api_key: [] }]);
  });
});
