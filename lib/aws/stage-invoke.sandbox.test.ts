import { describe, expect, it, vi } from "vitest";
import { CreateDeploymentCommand, GetResourcesCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "@/emulator/test/support/sandbox-for-file";
import { apiGatewayClient } from "@/emulator/test/support/clients";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { importRestApi } from "./openapi-import";
import { sendThroughStage } from "./stage-invoke";
import { testInvokeMethod } from "./test-invoke";

vi.mock("server-only", () => ({}));

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const env = (): EnvironmentSummary => ({ id: "invoke-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false });
const petstore = readFileSync(join(import.meta.dirname, "../domain/openapi-corpus/petstore.yaml"), "utf8");

async function deployedPetstore(): Promise<{ restApiId: string; petResourceId: string }> {
  const { value } = await importRestApi(env(), petstore, { failOnWarnings: false, endpointType: "REGIONAL", basePath: "ignore" });
  await client.send(new CreateDeploymentCommand({ restApiId: value.api.id, stageName: "prod" }));
  const resources = await client.send(new GetResourcesCommand({ restApiId: value.api.id }));
  return { restApiId: value.api.id, petResourceId: resources.items!.find((resource) => resource.path === "/pets/{petId}")!.id! };
}

describe("test invoke and stage invoke through the console's code", () => {
  it("test-invokes the working copy and returns status, body and execution log", async () => {
    const { restApiId, petResourceId } = await deployedPetstore();
    const { value } = await testInvokeMethod(env(), { restApiId, resourceId: petResourceId, httpMethod: "GET", pathWithQueryString: "/pets/7", headers: {}, stageVariables: {} });
    expect(value.status).toBe(200);
    expect(JSON.parse(value.body)).toEqual({ id: 7, type: "cat" });
    expect(value.log).toContain("Method completed with status: 200");
  });

  it("sends a request through the deployed stage's invoke URL and reports what a client gets", async () => {
    const { restApiId } = await deployedPetstore();
    const response = await sendThroughStage(env(), { restApiId, stageName: "prod", httpMethod: "GET", pathWithQueryString: "/pets/9?x=1", headers: { Accept: "application/json" } });
    expect(response.url).toBe(`${sandbox.url}/_aws/execute-api/${restApiId}/prod/pets/9?x=1`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ id: 9, type: "cat" });
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("refuses a path that climbs out of the stage, before any request is made", async () => {
    const { restApiId } = await deployedPetstore();
    const attempt = sendThroughStage(env(), { restApiId, stageName: "prod", httpMethod: "GET", pathWithQueryString: "/../../../_archway/realism", headers: {} });
    await expect(attempt).rejects.toBeInstanceOf(ConsoleError);
    await expect(attempt).rejects.toMatchObject({ code: "validation", fieldErrors: { path: [expect.stringContaining("..")] } });
  });

  it("returns the gateway's error, not a console error, for a stage that is not deployed", async () => {
    const { restApiId } = await deployedPetstore();
    const response = await sendThroughStage(env(), { restApiId, stageName: "nostage", httpMethod: "GET", pathWithQueryString: "/pets", headers: {} });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});
