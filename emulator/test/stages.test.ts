import { beforeAll, describe, expect, it } from "vitest";
import {
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDocumentationVersionCommand,
  CreateDomainNameCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  DeleteBasePathMappingCommand,
  DeleteStageCommand,
  FlushStageAuthorizersCacheCommand,
  FlushStageCacheCommand,
  GenerateClientCertificateCommand,
  GetStageCommand,
  GetStagesCommand,
  GetUsagePlanCommand,
  UpdateAccountCommand,
  UpdateStageCommand,
  type PatchOperation,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";

const sandbox = sandboxForFile({ args: ["--cache-cluster-delay", "300"] });
const client = apiGatewayClient(() => sandbox.url);
beforeAll(async () => {
  // AWS only lets a stage log to CloudWatch once the region's account settings name a role.
  await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::000000000000:role/apigw-logs" }] }));
});

/** An API with one deployment on stage "dev". */
async function deployedApi(): Promise<{ restApiId: string; deploymentId: string }> {
  const restApiId = await importApi(client, petsDocument());
  const deployment = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  return { restApiId, deploymentId: deployment.id! };
}

const patch = (restApiId: string, patchOperations: PatchOperation[], stageName = "dev") =>
  client.send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("CreateStage, GetStage(s), DeleteStage", () => {
  it("creates a stage on an existing deployment with AWS's defaults and lists it, filtered by deployment", async () => {
    const { restApiId, deploymentId } = await deployedApi();
    const other = await client.send(new CreateDeploymentCommand({ restApiId }));
    const created = await client.send(
      new CreateStageCommand({ restApiId, stageName: "prod", deploymentId: other.id, description: "live", variables: { backend: "prod.example.com" }, tags: { team: "a" } }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created).toMatchObject({
      stageName: "prod",
      deploymentId: other.id,
      description: "live",
      cacheClusterEnabled: false,
      cacheClusterStatus: "NOT_AVAILABLE",
      tracingEnabled: false,
      methodSettings: {},
      variables: { backend: "prod.example.com" },
      tags: { team: "a" },
    });
    expect(created.createdDate).toBeInstanceOf(Date);
    const all = await client.send(new GetStagesCommand({ restApiId }));
    expect(all.item!.map((stage) => stage.stageName).sort()).toEqual(["dev", "prod"]);
    const onFirst = await client.send(new GetStagesCommand({ restApiId, deploymentId }));
    expect(onFirst.item!.map((stage) => stage.stageName)).toEqual(["dev"]);
  });

  it("refuses an unknown deployment, a bad name, an unknown documentation version, a duplicate and an eleventh stage", async () => {
    const { restApiId, deploymentId } = await deployedApi();
    const unknown = await expectAwsError(client.send(new CreateStageCommand({ restApiId, stageName: "x", deploymentId: "nope000000" })));
    expect(unknown).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Deployment identifier specified" });
    const badName = await expectAwsError(client.send(new CreateStageCommand({ restApiId, stageName: "bad name!", deploymentId })));
    expect(badName).toMatchObject({ name: "BadRequestException", status: 400, message: "Stage name only allows a-zA-Z0-9_" });
    const noDocs = await expectAwsError(client.send(new CreateStageCommand({ restApiId, stageName: "docs", deploymentId, documentationVersion: "9.9" })));
    expect(noDocs).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Documentation version specified" });
    const duplicate = await expectAwsError(client.send(new CreateStageCommand({ restApiId, stageName: "dev", deploymentId })));
    expect(duplicate).toMatchObject({ name: "ConflictException", status: 409, message: "Stage already exists" });
    for (let i = 2; i <= 10; i++) await client.send(new CreateStageCommand({ restApiId, stageName: `s${i}`, deploymentId }));
    const eleventh = await expectAwsError(client.send(new CreateStageCommand({ restApiId, stageName: "s11", deploymentId })));
    expect(eleventh).toMatchObject({ name: "LimitExceededException", status: 429 });
  });

  it("deletes a stage with 202, flushes caches with 202, and answers NotFoundException for a missing stage", async () => {
    const { restApiId } = await deployedApi();
    expect((await client.send(new FlushStageCacheCommand({ restApiId, stageName: "dev" }))).$metadata.httpStatusCode).toBe(202);
    expect((await client.send(new FlushStageAuthorizersCacheCommand({ restApiId, stageName: "dev" }))).$metadata.httpStatusCode).toBe(202);
    expect((await client.send(new DeleteStageCommand({ restApiId, stageName: "dev" }))).$metadata.httpStatusCode).toBe(202);
    const missing = await expectAwsError(client.send(new GetStageCommand({ restApiId, stageName: "dev" })));
    expect(missing).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Stage identifier specified" });
    expect((await expectAwsError(client.send(new FlushStageCacheCommand({ restApiId, stageName: "dev" })))).name).toBe("NotFoundException");
  });
});

describe("UpdateStage stage-level paths", () => {
  it("replaces description, tracing, documentation version and client certificate", async () => {
    const { restApiId } = await deployedApi();
    const certificate = await client.send(new GenerateClientCertificateCommand({ description: "backend" }));
    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "1.2" }));
    const stage = await patch(restApiId, [
      { op: "replace", path: "/description", value: "edited" },
      { op: "replace", path: "/tracingEnabled", value: "true" },
      { op: "replace", path: "/documentationVersion", value: "1.2" },
      { op: "replace", path: "/clientCertificateId", value: certificate.clientCertificateId },
    ]);
    expect(stage).toMatchObject({ description: "edited", tracingEnabled: true, documentationVersion: "1.2", clientCertificateId: certificate.clientCertificateId });
    const unknown = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/clientCertificateId", value: "nope00" }]));
    expect(unknown.name).toBe("NotFoundException");
    const badBool = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/tracingEnabled", value: "yes" }]));
    expect(badBool.name).toBe("BadRequestException");
  });

  it("rolls the stage back to an earlier deployment with /deploymentId and refuses an unknown one", async () => {
    const { restApiId, deploymentId } = await deployedApi();
    const second = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "dev" }))).deploymentId).toBe(second.id);
    const rolledBack = await patch(restApiId, [{ op: "replace", path: "/deploymentId", value: deploymentId }]);
    expect(rolledBack.deploymentId).toBe(deploymentId);
    const unknown = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/deploymentId", value: "nope000000" }]));
    // AWS's 400 for a stage pointed at an unknown deployment (test_apigateway_canary.py::test_update_stage_canary_deployment_validation).
    expect(unknown).toMatchObject({ name: "BadRequestException", status: 400, message: "Deployment id does not exist" });
  });

  it("adds, replaces and removes stage variables under AWS's name, value and count rules", async () => {
    const { restApiId } = await deployedApi();
    let stage = await patch(restApiId, [
      { op: "add", path: "/variables/host", value: "a.example.com" },
      { op: "replace", path: "/variables/port", value: "8080" },
    ]);
    expect(stage.variables).toEqual({ host: "a.example.com", port: "8080" });
    stage = await patch(restApiId, [
      { op: "replace", path: "/variables/host", value: "b.example.com" },
      { op: "remove", path: "/variables/port" },
    ]);
    expect(stage.variables).toEqual({ host: "b.example.com" });
    expect((await expectAwsError(patch(restApiId, [{ op: "add", path: "/variables/bad-name", value: "x" }]))).name).toBe("BadRequestException");
    expect((await expectAwsError(patch(restApiId, [{ op: "add", path: "/variables/ok", value: "has space" }]))).name).toBe("BadRequestException");
    const many = Array.from({ length: 100 }, (_, i) => ({ op: "add" as const, path: `/variables/v${i}`, value: "x" }));
    const tooMany = await expectAwsError(patch(restApiId, many));
    expect(tooMany.name).toBe("LimitExceededException");
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "dev" }))).variables).toEqual({ host: "b.example.com" });
  });

  it("sets and removes access log settings, checking the destination ARN and the format", async () => {
    const { restApiId } = await deployedApi();
    const arn = "arn:aws:logs:us-east-1:000000000000:log-group:access-logs";
    const stage = await patch(restApiId, [
      { op: "replace", path: "/accessLogSettings/destinationArn", value: arn },
      { op: "replace", path: "/accessLogSettings/format", value: '{"id":"$context.requestId"}' },
    ]);
    expect(stage.accessLogSettings).toEqual({ destinationArn: arn, format: '{"id":"$context.requestId"}' });
    const starred = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/accessLogSettings/destinationArn", value: `${arn}:*` }]));
    expect(starred.name).toBe("BadRequestException");
    const firehose = "arn:aws:firehose:us-east-1:000000000000:deliverystream/amazon-apigateway-logs";
    expect((await patch(restApiId, [{ op: "replace", path: "/accessLogSettings/destinationArn", value: firehose }])).accessLogSettings?.destinationArn).toBe(firehose);
    const noRequestId = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/accessLogSettings/format", value: "$context.status" }]));
    expect(noRequestId).toMatchObject({ name: "BadRequestException", message: "Access Log format must include at least $context.requestId or $context.extendedRequestId" });
    expect((await patch(restApiId, [{ op: "remove", path: "/accessLogSettings" }])).accessLogSettings).toBeUndefined();
  });

  it("manages a canary through /canarySettings paths and promotes it with copy operations", async () => {
    const { restApiId, deploymentId } = await deployedApi();
    const next = await client.send(new CreateDeploymentCommand({ restApiId }));
    await patch(restApiId, [{ op: "add", path: "/variables/color", value: "blue" }]);
    const canary = await patch(restApiId, [
      { op: "replace", path: "/canarySettings/percentTraffic", value: "12.5" },
      { op: "replace", path: "/canarySettings/deploymentId", value: next.id },
      { op: "add", path: "/canarySettings/stageVariableOverrides/color", value: "green" },
      { op: "replace", path: "/canarySettings/useStageCache", value: "true" },
    ]);
    expect(canary.deploymentId).toBe(deploymentId);
    expect(canary.canarySettings).toEqual({ percentTraffic: 12.5, deploymentId: next.id, stageVariableOverrides: { color: "green" }, useStageCache: true });
    const tooMuch = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/canarySettings/percentTraffic", value: "101" }]));
    expect(tooMuch.name).toBe("BadRequestException");
    const promoted = await patch(restApiId, [
      { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
      { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
      { op: "remove", path: "/canarySettings" },
    ]);
    expect(promoted.deploymentId).toBe(next.id);
    expect(promoted.variables).toEqual({ color: "green" });
    expect(promoted.canarySettings).toBeUndefined();
  });

  it("refuses to turn on CloudWatch logging while the account has no CloudWatch role", async () => {
    const fresh = apiGatewayClient(sandbox.url, { region: "ap-northeast-2" });
    const restApiId = await importApi(fresh, petsDocument());
    await fresh.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const message = "CloudWatch Logs role ARN must be set in account settings to enable logging";
    for (const operation of [
      { op: "replace" as const, path: "/*/*/logging/loglevel", value: "INFO" },
      { op: "replace" as const, path: "/*/*/logging/dataTrace", value: "true" },
      { op: "replace" as const, path: "/accessLogSettings/destinationArn", value: "arn:aws:logs:ap-northeast-2:000000000000:log-group:access" },
    ]) {
      const error = await expectAwsError(fresh.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [operation] })));
      expect(error, operation.path).toMatchObject({ name: "BadRequestException", message });
    }
    const metrics = await fresh.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/*/*/metrics/enabled", value: "true" }] }));
    expect(metrics.methodSettings!["*/*"]!.metricsEnabled).toBe(true);
  });

  it("rejects an unknown path and an operation a path does not support", async () => {
    const { restApiId } = await deployedApi();
    const unknown = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/nonsense", value: "x" }]));
    expect(unknown).toMatchObject({ name: "BadRequestException" });
    expect(unknown.message).toMatch(/^Invalid method setting path: \/nonsense\. Must be one of: \[\/deploymentId, \/description, .*\/tracingEnabled\]$/);
    const wrongOp = await expectAwsError(patch(restApiId, [{ op: "remove", path: "/description" }]));
    expect(wrongOp.name).toBe("BadRequestException");
  });
});

describe("UpdateStage method settings", () => {
  const suffixes: Array<[string, string, string, unknown]> = [
    ["metrics/enabled", "true", "metricsEnabled", true],
    ["logging/loglevel", "INFO", "loggingLevel", "INFO"],
    ["logging/dataTrace", "true", "dataTraceEnabled", true],
    ["throttling/rateLimit", "100.5", "throttlingRateLimit", 100.5],
    ["throttling/burstLimit", "200", "throttlingBurstLimit", 200],
    ["caching/enabled", "true", "cachingEnabled", true],
    ["caching/ttlInSeconds", "60", "cacheTtlInSeconds", 60],
    ["caching/dataEncrypted", "true", "cacheDataEncrypted", true],
    ["caching/requireAuthorizationForCacheControl", "false", "requireAuthorizationForCacheControl", false],
    ["caching/unauthorizedCacheControlHeaderStrategy", "FAIL_WITH_403", "unauthorizedCacheControlHeaderStrategy", "FAIL_WITH_403"],
  ];

  it("sets every method setting for the stage defaults under the key */*", async () => {
    const { restApiId } = await deployedApi();
    const stage = await patch(restApiId, suffixes.map(([suffix, value]) => ({ op: "replace", path: `/*/*/${suffix}`, value })));
    expect(stage.methodSettings!["*/*"]).toEqual(Object.fromEntries(suffixes.map(([, , field, expected]) => [field, expected])));
  });

  it("keys a per-method override by its escaped path, starts it from the stage defaults, and removes it", async () => {
    const { restApiId } = await deployedApi();
    await patch(restApiId, [{ op: "replace", path: "/*/*/throttling/rateLimit", value: "50" }]);
    const stage = await patch(restApiId, [
      { op: "replace", path: "/~1pets/GET/caching/enabled", value: "true" },
      { op: "replace", path: "/~1pets~1{petId}/DELETE/metrics/enabled", value: "true" },
      { op: "replace", path: "/~1/GET/logging/loglevel", value: "ERROR" },
    ]);
    expect(Object.keys(stage.methodSettings!).sort()).toEqual(["*/*", "~1/GET", "~1pets/GET", "~1pets~1{petId}/DELETE"]);
    expect(stage.methodSettings!["~1pets/GET"]).toMatchObject({ cachingEnabled: true, throttlingRateLimit: 50 });
    const removed = await patch(restApiId, [{ op: "remove", path: "/~1pets/GET" }]);
    expect(Object.keys(removed.methodSettings!).sort()).toEqual(["*/*", "~1/GET", "~1pets~1{petId}/DELETE"]);
  });

  it("refuses values outside each setting's type or range", async () => {
    const { restApiId } = await deployedApi();
    const bad: Array<[string, string]> = [
      ["logging/loglevel", "DEBUG"],
      ["caching/ttlInSeconds", "3601"],
      ["throttling/burstLimit", "1.5"],
      ["metrics/enabled", "maybe"],
      ["caching/unauthorizedCacheControlHeaderStrategy", "IGNORE"],
    ];
    for (const [suffix, value] of bad) {
      const error = await expectAwsError(patch(restApiId, [{ op: "replace", path: `/*/*/${suffix}`, value }]));
      expect(error.name, suffix).toBe("BadRequestException");
    }
    const badVerb = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/~1pets/FETCH/metrics/enabled", value: "true" }]));
    expect(badVerb).toMatchObject({ name: "BadRequestException" });
    expect(badVerb.message).toMatch(/^Invalid method setting path: \/~1pets\/FETCH\/metrics\/enabled\. Must be one of: \[/);
  });
});

describe("cache cluster lifecycle", () => {
  async function waitForStatus(restApiId: string, status: string): Promise<string[]> {
    const seen: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const stage = await client.send(new GetStageCommand({ restApiId, stageName: "dev" }));
      if (seen.at(-1) !== stage.cacheClusterStatus) seen.push(stage.cacheClusterStatus!);
      if (stage.cacheClusterStatus === status) return seen;
      await sleep(50);
    }
    throw new Error(`cache cluster never reached ${status}; saw ${seen.join(" -> ")}`);
  }

  it("goes CREATE_IN_PROGRESS -> AVAILABLE when enabled and DELETE_IN_PROGRESS -> NOT_AVAILABLE when disabled", async () => {
    const { restApiId } = await deployedApi();
    const enabled = await patch(restApiId, [
      { op: "replace", path: "/cacheClusterEnabled", value: "true" },
      { op: "replace", path: "/cacheClusterSize", value: "1.6" },
    ]);
    expect(enabled).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "1.6", cacheClusterStatus: "CREATE_IN_PROGRESS" });
    expect(await waitForStatus(restApiId, "AVAILABLE")).toEqual(["CREATE_IN_PROGRESS", "AVAILABLE"]);
    const disabled = await patch(restApiId, [{ op: "replace", path: "/cacheClusterEnabled", value: "false" }]);
    expect(disabled.cacheClusterStatus).toBe("DELETE_IN_PROGRESS");
    expect(await waitForStatus(restApiId, "NOT_AVAILABLE")).toEqual(["DELETE_IN_PROGRESS", "NOT_AVAILABLE"]);
    const badSize = await expectAwsError(patch(restApiId, [{ op: "replace", path: "/cacheClusterSize", value: "2" }]));
    expect(badSize.name).toBe("BadRequestException");
  });

  it("starts creating a cluster when CreateStage asks for one", async () => {
    const { restApiId, deploymentId } = await deployedApi();
    const stage = await client.send(new CreateStageCommand({ restApiId, stageName: "cached", deploymentId, cacheClusterEnabled: true }));
    expect(stage).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5", cacheClusterStatus: "CREATE_IN_PROGRESS" });
  });
});

describe("DeleteStage and what points at the stage", () => {
  it("takes a deleted stage out of every usage plan that lists it, leaving the plan's other stages", async () => {
    const { restApiId, deploymentId } = await deployedApi();
    await client.send(new CreateStageCommand({ restApiId, stageName: "beta", deploymentId }));
    const plan = await client.send(
      new CreateUsagePlanCommand({ name: "stage-cleanup", apiStages: [{ apiId: restApiId, stage: "dev" }, { apiId: restApiId, stage: "beta" }] }),
    );
    const deleted = await client.send(new DeleteStageCommand({ restApiId, stageName: "dev" }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect((await client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages).toEqual([{ apiId: restApiId, stage: "beta" }]);
  });

  it("refuses to delete a stage a base path mapping points at, naming the domain, until the mapping goes", async () => {
    const { restApiId } = await deployedApi();
    const domainName = `stage-guard-${Date.now().toString(36)}.example.com`;
    const certificate = "arn:aws:acm:us-east-1:000000000000:certificate/11111111-2222-3333-4444-555555555555";
    await client.send(new CreateDomainNameCommand({ domainName, regionalCertificateArn: certificate, endpointConfiguration: { types: ["REGIONAL"] } }));
    await client.send(new CreateBasePathMappingCommand({ domainName, basePath: "pets", restApiId, stage: "dev" }));
    const refused = await expectAwsError(client.send(new DeleteStageCommand({ restApiId, stageName: "dev" })));
    expect(refused).toEqual({
      name: "BadRequestException",
      status: 400,
      message: `Deleting stage dev failed. Please remove all base path mappings related to the stage in your domains: ${domainName}`,
    });
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "dev" }))).stageName).toBe("dev");
    await client.send(new DeleteBasePathMappingCommand({ domainName, basePath: "pets" }));
    expect((await client.send(new DeleteStageCommand({ restApiId, stageName: "dev" }))).$metadata.httpStatusCode).toBe(202);
  });
});
