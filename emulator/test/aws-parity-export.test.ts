import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { CreateDeploymentCommand, CreateVpcLinkCommand, GetExportCommand, GetResourcesCommand, PutIntegrationCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { importApi } from "./support/openapi-fixtures";
import { petstoreFixture, recordedPetstoreExport } from "./support/petstore-recorded-export";

// Issue 15, GetExport through the JS SDK: the sandbox's export of AWS's PetStore example, compared whole with the
// exports AWS recorded (localstack test_apigateway_extended.snapshot.json, test_export_swagger_openapi and
// test_export_oas30_openapi), with and without extensions=apigateway.

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON documents, compared whole
type Json = any;

async function deployedPetstore(): Promise<string> {
  const restApiId = await importApi(client, petstoreFixture);
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "local" }));
  return restApiId;
}

async function exported(restApiId: string, exportType: "swagger" | "oas30", extensions?: string, accepts = "application/json") {
  const answer = await client.send(
    new GetExportCommand({ restApiId, stageName: "local", exportType, accepts, parameters: extensions ? { extensions } : undefined }),
  );
  const text = new TextDecoder().decode(answer.body);
  const body: Json = accepts === "application/yaml" ? parseYaml(text) : JSON.parse(text);
  return { body, contentType: answer.contentType, contentDisposition: answer.contentDisposition };
}

describe("GetExport of AWS's PetStore example", () => {
  it.each(["swagger", "oas30"] as const)("exports %s without extensions exactly as AWS recorded it", async (dialect) => {
    const restApiId = await deployedPetstore();
    expect(await exported(restApiId, dialect)).toEqual({
      body: recordedPetstoreExport({ dialect, apiId: restApiId, stage: "local", extensions: false }),
      contentType: "application/octet-stream",
      contentDisposition: `attachment; filename="${dialect}_1.0.json"`,
    });
  });

  it.each(["swagger", "oas30"] as const)("exports %s with extensions=apigateway exactly as AWS recorded it", async (dialect) => {
    const restApiId = await deployedPetstore();
    expect(await exported(restApiId, dialect, "apigateway")).toEqual({
      body: recordedPetstoreExport({ dialect, apiId: restApiId, stage: "local", extensions: true }),
      contentType: "application/octet-stream",
      contentDisposition: `attachment; filename="${dialect}_1.0.json"`,
    });
  });

  it("gives the same document as YAML when asked for application/yaml", async () => {
    const restApiId = await deployedPetstore();
    const yaml = await exported(restApiId, "oas30", "integrations", "application/yaml");
    expect(yaml.body).toEqual(recordedPetstoreExport({ dialect: "oas30", apiId: restApiId, stage: "local", extensions: true }));
    expect(yaml.contentDisposition).toBe('attachment; filename="oas30_1.0.yaml"');
  });

  it("leaves out required:false in OpenAPI 3 and states it in Swagger", async () => {
    const restApiId = await deployedPetstore();
    const [swagger, oas30] = [await exported(restApiId, "swagger"), await exported(restApiId, "oas30")];
    expect(swagger.body.paths["/pets"].get.parameters[0]).toEqual({ name: "type", in: "query", required: false, type: "string" });
    expect(oas30.body.paths["/pets"].get.parameters[0]).toEqual({ name: "type", in: "query", schema: { type: "string" } });
  });

  it("names a VPC link connection but not the default INTERNET one", async () => {
    const restApiId = await importApi(client, petstoreFixture);
    const pets = (await client.send(new GetResourcesCommand({ restApiId }))).items!.find((resource) => resource.path === "/pets")!;
    const link = await client.send(new CreateVpcLinkCommand({ name: "nlb", targetArns: ["arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/nlb/0123456789abcdef"] }));
    await client.send(
      new PutIntegrationCommand({
        restApiId,
        resourceId: pets.id,
        httpMethod: "POST",
        type: "HTTP_PROXY",
        integrationHttpMethod: "POST",
        uri: "http://nlb.example.com/pets",
        connectionType: "VPC_LINK",
        connectionId: link.id,
      }),
    );
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "local" }));
    const { body } = await exported(restApiId, "oas30", "integrations");
    expect(body.paths["/pets"].get["x-amazon-apigateway-integration"].connectionType).toBeUndefined();
    expect(body.paths["/pets"].post["x-amazon-apigateway-integration"]).toMatchObject({ type: "http_proxy", connectionType: "VPC_LINK", connectionId: link.id });
  });
});
