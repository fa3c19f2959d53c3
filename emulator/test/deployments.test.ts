import { describe, expect, it } from "vitest";
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetExportCommand,
  GetStageCommand,
  UpdateDeploymentCommand,
  UpdateStageCommand,
  paginateGetDeployments,
} from "@aws-sdk/client-api-gateway";
import { startSandboxProcess } from "./support/sandbox-process";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

describe("CreateDeployment", () => {
  it("refuses an API without methods", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "empty" }));
    const error = await expectAwsError(client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" })));
    expect(error).toMatchObject({ name: "BadRequestException", status: 400, message: "The REST API doesn't contain any methods" });
  });

  it("creates a deployment and its stage, and never puts the snapshot on the wire", async () => {
    const restApiId = await importApi(client, petsDocument());
    const deployment = await client.send(
      new CreateDeploymentCommand({
        restApiId,
        stageName: "dev",
        description: "first",
        stageDescription: "development",
        variables: { backend: "dev.example.com" },
        tracingEnabled: true,
        cacheClusterEnabled: true,
        cacheClusterSize: "0.5",
      }),
    );
    expect(deployment.$metadata.httpStatusCode).toBe(201);
    expect(deployment.id).toMatch(/^[a-z0-9]{10}$/);
    expect(deployment.description).toBe("first");
    expect(deployment.createdDate).toBeInstanceOf(Date);
    // The SDK drops unmodelled members, so read the raw bodies to prove the snapshot stays inside the sandbox.
    const raw = await (await fetch(`${sandbox.url}/restapis/${restApiId}/deployments/${deployment.id}?embed=apisummary`)).json();
    expect(Object.keys(raw).sort()).toEqual(["apiSummary", "createdDate", "description", "id"]);
    const list = await (await fetch(`${sandbox.url}/restapis/${restApiId}/deployments`)).json();
    expect(Object.keys(list.item[0]).sort()).toEqual(["createdDate", "description", "id"]);
    const stage = await client.send(new GetStageCommand({ restApiId, stageName: "dev" }));
    expect(stage).toMatchObject({
      deploymentId: deployment.id,
      description: "development",
      variables: { backend: "dev.example.com" },
      tracingEnabled: true,
      cacheClusterEnabled: true,
      cacheClusterSize: "0.5",
    });
  });

  it("re-points an existing stage and merges the new variables over the old", async () => {
    const restApiId = await importApi(client, petsDocument());
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", variables: { a: "1", b: "2" } }));
    const second = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", variables: { b: "3" } }));
    const stage = await client.send(new GetStageCommand({ restApiId, stageName: "dev" }));
    expect(stage.deploymentId).toBe(second.id);
    expect(stage.variables).toEqual({ a: "1", b: "3" });
  });

  it("puts a canary deployment on the existing stage without moving the stage", async () => {
    const restApiId = await importApi(client, petsDocument());
    const base = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
    const canary = await client.send(
      new CreateDeploymentCommand({
        restApiId,
        stageName: "prod",
        canarySettings: { percentTraffic: 10, stageVariableOverrides: { color: "green" }, useStageCache: true },
      }),
    );
    const stage = await client.send(new GetStageCommand({ restApiId, stageName: "prod" }));
    expect(stage.deploymentId).toBe(base.id);
    expect(stage.canarySettings).toEqual({ percentTraffic: 10, deploymentId: canary.id, stageVariableOverrides: { color: "green" }, useStageCache: true });
    const noStage = await expectAwsError(
      client.send(new CreateDeploymentCommand({ restApiId, stageName: "nowhere", canarySettings: { percentTraffic: 5 } })),
    );
    expect(noStage.name).toBe("BadRequestException");
  });
});

describe("GetDeployment(s), UpdateDeployment, DeleteDeployment", () => {
  it("returns the API summary only when embed=apisummary is asked for", async () => {
    const restApiId = await importApi(client, petsDocument());
    const { id } = await client.send(new CreateDeploymentCommand({ restApiId }));
    const plain = await client.send(new GetDeploymentCommand({ restApiId, deploymentId: id }));
    expect(plain.apiSummary).toBeUndefined();
    const embedded = await client.send(new GetDeploymentCommand({ restApiId, deploymentId: id, embed: ["apisummary"] }));
    expect(embedded.apiSummary).toEqual({ "/pets": { GET: { authorizationType: "NONE", apiKeyRequired: false } } });
    const missing = await expectAwsError(client.send(new GetDeploymentCommand({ restApiId, deploymentId: "nope000000" })));
    expect(missing).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Deployment identifier specified" });
  });

  it("pages GetDeployments with limit and position", async () => {
    const restApiId = await importApi(client, petsDocument());
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await client.send(new CreateDeploymentCommand({ restApiId }))).id!);
    const first = await client.send(new GetDeploymentsCommand({ restApiId, limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.position).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateGetDeployments({ client, pageSize: 2 }, { restApiId })) seen.push(...page.items!.map((d) => d.id!));
    expect(seen).toEqual(created);
  });

  it("updates a deployment's description", async () => {
    const restApiId = await importApi(client, petsDocument());
    const { id } = await client.send(new CreateDeploymentCommand({ restApiId, description: "before" }));
    const updated = await client.send(
      new UpdateDeploymentCommand({ restApiId, deploymentId: id, patchOperations: [{ op: "replace", path: "/description", value: "after" }] }),
    );
    expect(updated.description).toBe("after");
    expect((await client.send(new GetDeploymentCommand({ restApiId, deploymentId: id }))).description).toBe("after");
  });

  it("refuses to delete a deployment a stage or a canary uses, and deletes it with 202 once unused", async () => {
    const restApiId = await importApi(client, petsDocument());
    const first = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const used = await expectAwsError(client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first.id })));
    expect(used).toMatchObject({ name: "BadRequestException", status: 400, message: "Active stages pointing to this deployment must be moved or deleted" });
    const second = await client.send(new CreateDeploymentCommand({ restApiId }));
    await client.send(new CreateStageCommand({ restApiId, stageName: "prod", deploymentId: second.id, canarySettings: { percentTraffic: 5, deploymentId: first.id } }));
    await client.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/deploymentId", value: second.id }] }));
    const canaryUse = await expectAwsError(client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first.id })));
    expect(canaryUse.message).toBe("Active stages pointing to this deployment must be moved or deleted");
    await client.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "remove", path: "/canarySettings" }] }));
    const deleted = await client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect((await expectAwsError(client.send(new GetDeploymentCommand({ restApiId, deploymentId: first.id })))).name).toBe("NotFoundException");
  });
});

describe("deployments across restarts", () => {
  it("keeps deployments, stages and the snapshots they serve when the sandbox restarts on the same data folder", async () => {
    const first = await startSandboxProcess({ dataDir: "temp" });
    const before = apiGatewayClient(first.url);
    const restApiId = await importApi(before, petsDocument("durable"));
    const { id } = await before.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", description: "kept" }));
    await first.stop();
    const second = await startSandboxProcess({ dataDir: first.dataDir });
    try {
      const after = apiGatewayClient(second.url);
      expect((await after.send(new GetStageCommand({ restApiId, stageName: "dev" }))).deploymentId).toBe(id);
      expect((await after.send(new GetDeploymentCommand({ restApiId, deploymentId: id }))).description).toBe("kept");
      const exported = await after.send(new GetExportCommand({ restApiId, stageName: "dev", exportType: "oas30", accepts: "application/json" }));
      expect(Object.keys(JSON.parse(new TextDecoder().decode(exported.body)).paths)).toEqual(["/pets"]);
    } finally {
      await second.stop();
    }
  });
});
