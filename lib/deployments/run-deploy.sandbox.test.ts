import { describe, expect, it, vi } from "vitest";
import { CreateDeploymentCommand, GetStageCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "@/emulator/test/support/sandbox-for-file";
import { apiGatewayClient } from "@/emulator/test/support/clients";
import { importApi, petsDocument } from "@/emulator/test/support/openapi-fixtures";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { runDeploy } from "./run-deploy";

vi.mock("server-only", () => ({}));

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const env = (): EnvironmentSummary => ({ id: "deploy-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false });

async function faults(spec: Record<string, { kind: string; probability: number }>) {
  await fetch(`${sandbox.url}/_archway/realism`, { method: "PUT", body: JSON.stringify({ latencyMs: 0, jitterMs: 0, rateLimits: false, faults: spec }) });
}

async function apiOnDev(title: string) {
  const restApiId = await importApi(client, petsDocument(title));
  const first = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  return { restApiId, previous: first.id! };
}

describe("runDeploy", () => {
  it("creates a deployment, points the stage at it and verifies it", async () => {
    const { restApiId, previous } = await apiOnDev("deploy-ok");
    const outcome = await runDeploy(env(), { restApiId, stageName: "dev", description: "ok", previousDeploymentId: previous, stageExists: true }, []);
    expect(outcome.status).toBe("deployed");
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "dev" }))).deploymentId).toBe(outcome.deploymentId);
  });

  it("creates a new stage when the stage does not exist yet", async () => {
    const { restApiId } = await apiOnDev("deploy-new-stage");
    const outcome = await runDeploy(env(), { restApiId, stageName: "qa", description: "", previousDeploymentId: null, stageExists: false }, []);
    expect(outcome.steps.map((step) => step.detail)).toEqual([`Deployment ${outcome.deploymentId}`, "Created stage qa", `Stage qa serves ${outcome.deploymentId}`]);
  });

  it("says what was applied when pointing the stage keeps failing, and a retry finishes with the same deployment", async () => {
    const { restApiId, previous } = await apiOnDev("deploy-partial");
    await faults({ UpdateStage: { kind: "unavailable", probability: 1 } });
    const partial = await runDeploy(env(), { restApiId, stageName: "dev", description: "partial", previousDeploymentId: previous, stageExists: true }, []).finally(() => faults({}));
    expect(partial.status).toBe("partial");
    expect(partial.summary).toContain(`Deployment ${partial.deploymentId} was created, but pointing stage dev at it failed`);
    expect(partial.summary).toContain(`Stage dev still serves deployment ${previous}.`);
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "dev" }))).deploymentId).toBe(previous);

    const retried = await runDeploy(env(), { restApiId, stageName: "dev", description: "partial", previousDeploymentId: previous, stageExists: true, existingDeploymentId: partial.deploymentId! }, []);
    expect(retried).toMatchObject({ status: "deployed", deploymentId: partial.deploymentId });
  });

  it("changes nothing and says so when the deployment cannot be created", async () => {
    const { restApiId, previous } = await apiOnDev("deploy-failed");
    await faults({ CreateDeployment: { kind: "throttle", probability: 1 } });
    const outcome = await runDeploy(env(), { restApiId, stageName: "dev", description: "", previousDeploymentId: previous, stageExists: true }, []).finally(() => faults({}));
    expect(outcome.status).toBe("failed");
    expect(outcome.summary).toMatch(/^Nothing was changed: creating the deployment failed \(AWS is throttling/);
  });

  it("completes despite 30% injected 429s and 503s", async () => {
    const { restApiId, previous } = await apiOnDev("deploy-flaky");
    await faults({ CreateDeployment: { kind: "throttle", probability: 0.3 }, UpdateStage: { kind: "unavailable", probability: 0.3 } });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await runDeploy(env(), { restApiId, stageName: "dev", description: `flaky ${i}`, previousDeploymentId: previous, stageExists: true }, []));
    await faults({});
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["deployed", "deployed", "deployed"]);
  });
});
