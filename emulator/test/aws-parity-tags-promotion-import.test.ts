import { describe, expect, it } from "vitest";
import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateUsagePlanCommand,
  GenerateClientCertificateCommand,
  GetApiKeyCommand,
  GetClientCertificateCommand,
  GetDomainNameCommand,
  GetStageCommand,
  GetUsagePlanCommand,
  ImportRestApiCommand,
  UpdateApiKeyCommand,
  UpdateClientCertificateCommand,
  UpdateDomainNameCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
  UpdateUsagePlanCommand,
  CreateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";

// Issue 15, second pass, through the JS SDK: tags {} on Get/Update of each taggable resource (stages show none,
// as AWS recorded), canary promotion by copy, AWS's documented API key name limit, and import warnings.

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const describe_ = { op: "replace" as const, path: "/description", value: "d" };

describe("tags in Get and Update answers", () => {
  it("shows tags {} on Get and Update of an untagged API key, usage plan, client certificate and domain name, and none on Create", async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: "untagged" }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: "untagged" }));
    const cert = await client.send(new GenerateClientCertificateCommand({}));
    const domain = await client.send(
      new CreateDomainNameCommand({ domainName: "tags.example.com", regionalCertificateArn: "arn:aws:acm:us-east-1:000000000000:certificate/tags", endpointConfiguration: { types: ["REGIONAL"] } }),
    );
    expect([key.tags, plan.tags, cert.tags, domain.tags]).toEqual([undefined, undefined, undefined, undefined]);
    const answers = await Promise.all([
      client.send(new GetApiKeyCommand({ apiKey: key.id })),
      client.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [describe_] })),
      client.send(new GetUsagePlanCommand({ usagePlanId: plan.id })),
      client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [describe_] })),
      client.send(new GetClientCertificateCommand({ clientCertificateId: cert.clientCertificateId })),
      client.send(new UpdateClientCertificateCommand({ clientCertificateId: cert.clientCertificateId, patchOperations: [describe_] })),
      client.send(new GetDomainNameCommand({ domainName: "tags.example.com" })),
      client.send(new UpdateDomainNameCommand({ domainName: "tags.example.com", patchOperations: [{ op: "replace", path: "/securityPolicy", value: "TLS_1_2" }] })),
    ]);
    expect(answers.map((answer) => answer.tags)).toEqual(Array(8).fill({}));
  });

  it("keeps a resource's own tags and shows no tags member on an untagged stage", async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: "tagged", tags: { team: "payments" } }));
    expect((await client.send(new GetApiKeyCommand({ apiKey: key.id }))).tags).toEqual({ team: "payments" });
    const restApiId = await importApi(client, petsDocument("stage-tags"));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const stage = await client.send(new GetStageCommand({ restApiId, stageName: "dev" }));
    expect(stage.tags).toBeUndefined();
    expect((await client.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [describe_] }))).tags).toBeUndefined();
  });
});

describe("canary promotion by copy", () => {
  async function canaryStage() {
    const restApiId = await importApi(client, petsDocument("promotion"));
    const base = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", variables: { color: "blue", size: "s" } }));
    return { restApiId, baseId: base.id! };
  }

  it("promotes the canary: its deployment and variable overrides become the stage's", async () => {
    const { restApiId, baseId } = await canaryStage();
    const canary = await client.send(
      new CreateDeploymentCommand({ restApiId, stageName: "prod", canarySettings: { percentTraffic: 10, stageVariableOverrides: { color: "green" } } }),
    );
    expect(canary.id).not.toBe(baseId);
    const promoted = await client.send(
      new UpdateStageCommand({
        restApiId,
        stageName: "prod",
        patchOperations: [
          { op: "replace", path: "/canarySettings/percentTraffic", value: "0.0" },
          { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
          { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
        ],
      }),
    );
    expect(promoted.deploymentId).toBe(canary.id);
    expect(promoted.variables).toEqual({ color: "green", size: "s" });
    expect(promoted.canarySettings).toEqual({ deploymentId: canary.id, percentTraffic: 0, stageVariableOverrides: { color: "green" }, useStageCache: false });
  });

  it("refuses a copy that is not a promotion, and a promotion without a canary, with AWS's messages", async () => {
    const { restApiId, baseId } = await canaryStage();
    const noCanary = await expectAwsError(
      client.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" }] })),
    );
    expect(noCanary).toEqual({ name: "BadRequestException", status: 400, message: "Promotion not available. Canary does not exist." });
    const reversed = await expectAwsError(
      client.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "copy", from: "/variables", path: "/canarySettings/stageVariableOverrides" }] })),
    );
    expect(reversed).toEqual({
      name: "BadRequestException",
      status: 400,
      message:
        "Invalid copy operation with path: /canarySettings/stageVariableOverrides and from /variables. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]",
    });
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "prod" }))).deploymentId).toBe(baseId);
  });
});

describe("limits AWS documents and import warnings", () => {
  it("refuses an API key name over 1,024 characters as a ValidationException and accepts 1,024", async () => {
    const long = "k".repeat(1025);
    expect(await expectAwsError(client.send(new CreateApiKeyCommand({ name: long })))).toEqual({
      name: "ValidationException",
      status: 400,
      message: `1 validation error detected: Value '${long}' at 'createApiKeyInput.name' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    });
    expect((await client.send(new CreateApiKeyCommand({ name: "k".repeat(1024) }))).name).toHaveLength(1024);
  });

  it("imports a document with an attribute OpenAPI does not define, warning as AWS does; failonwarnings refuses it", async () => {
    const parameter = { name: "zipCode", in: "path", required: true, type: "string", schema: { type: "string" } };
    const document = { ...petsDocument("warned"), paths: { "/area/{zipCode}": { get: { parameters: [parameter], responses: { "200": { description: "ok" } } } } } };
    const body = new TextEncoder().encode(JSON.stringify(document));
    const warning = "Parse issue: attribute paths.'/area/{zipCode}'(get).parameters.[zipCode].type is unexpected";
    const imported = await client.send(new ImportRestApiCommand({ body }));
    expect(imported.name).toBe("warned");
    expect(imported.warnings).toEqual([warning]);
    expect(await expectAwsError(client.send(new ImportRestApiCommand({ body, failOnWarnings: true })))).toEqual({
      name: "BadRequestException",
      status: 400,
      message: `Warnings found during import:\n\t${warning}`,
    });
  });

  it("answers an op an endpoint type never takes with AWS's text", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "types" }));
    const move = await expectAwsError(
      client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "move", path: "/endpointConfiguration/types/EDGE", value: "REGIONAL" }] })),
    );
    expect(move).toEqual({ name: "BadRequestException", status: 400, message: "Invalid patch operation specified. Must be 'add'|'remove'|'replace'" });
  });
});
