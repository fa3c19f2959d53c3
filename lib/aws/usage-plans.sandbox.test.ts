import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, PutIntegrationCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { usagePlanPatchOperations } from "@/lib/domain/usage-plan-patch";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { attachApiKey, createApiKey, importApiKeys, listApiKeys } from "./api-keys";
import { apiGatewayClient } from "./clients";
import { createUsagePlan, deleteUsagePlan, getUsagePlan, listUsagePlans, updateUsagePlan } from "./usage-plans";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "usage-plans-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

/** An API with GET / and GET /pets (MOCK), deployed to prod. */
async function deployedApi(): Promise<string> {
  const client = apiGatewayClient(env);
  const { id: restApiId } = await client.send(new CreateRestApiCommand({ name: "usage-plan-target" }));
  const root = (await client.send(new GetResourcesCommand({ restApiId }))).items![0]!;
  const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: root.id, pathPart: "pets" }));
  for (const resourceId of [root.id!, pets.id!]) {
    await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: true }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  }
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
  return restApiId!;
}

describe("usage plans against the sandbox", () => {
  it("applies every patch the builder writes, so the plan read back equals the edited draft", async () => {
    const restApiId = await deployedApi();
    const { value: created } = await createUsagePlan(env, { name: "bronze", description: null, throttle: null, quota: null });
    const draft = {
      ...created,
      name: "silver",
      description: "Partners",
      throttle: { rateLimit: 12.5, burstLimit: 25 },
      quota: { limit: 1000, offset: 10, period: "WEEK" as const },
      apiStages: [{ apiId: restApiId, stage: "prod", methodThrottles: [{ resourcePath: "/", httpMethod: "GET", rateLimit: 1, burstLimit: 2 }, { resourcePath: "/pets", httpMethod: "GET", rateLimit: 3, burstLimit: null }] }],
    };
    await updateUsagePlan(env, created.id, usagePlanPatchOperations(created, draft));
    const afterFirst = await getUsagePlan(env, created.id);
    expect(afterFirst).toEqual(draft);

    // Clearing one limit, dropping a method throttle and the quota, in one call.
    const second = { ...draft, throttle: { rateLimit: null, burstLimit: 25 }, quota: null, apiStages: [{ ...draft.apiStages[0]!, methodThrottles: [{ resourcePath: "/pets", httpMethod: "GET", rateLimit: 3, burstLimit: 6 }] }] };
    await updateUsagePlan(env, created.id, usagePlanPatchOperations(afterFirst!, second));
    expect(await getUsagePlan(env, created.id)).toEqual(second);
  });

  it("refuses to delete a plan with API stages with AWS's BadRequest, and deletes it once they are gone", async () => {
    const restApiId = await deployedApi();
    const { value: plan } = await createUsagePlan(env, { name: "to-delete", description: null, throttle: null, quota: null });
    const withStage = { ...plan, apiStages: [{ apiId: restApiId, stage: "prod", methodThrottles: [] }] };
    await updateUsagePlan(env, plan.id, usagePlanPatchOperations(plan, withStage));
    await expect(deleteUsagePlan(env, plan.id)).rejects.toMatchObject({ code: "validation", message: expect.stringContaining(`${restApiId}:prod`) });
    await updateUsagePlan(env, plan.id, usagePlanPatchOperations(withStage, plan));
    await deleteUsagePlan(env, plan.id);
    expect(await getUsagePlan(env, plan.id)).toBeNull();
  });

  it("lists keys without values, with the plans they belong to, and counts each plan's keys", async () => {
    const { value: plan } = await createUsagePlan(env, { name: "keyed", description: null, throttle: null, quota: { limit: 10, offset: 0, period: "DAY" } });
    const { value: created } = await createApiKey(env, { name: "listed", description: null, enabled: true, value: "a-value-of-at-least-20-chars" });
    expect(created.value).toBe("a-value-of-at-least-20-chars");
    await attachApiKey(env, plan.id, created.key.id);
    const listed = (await listApiKeys(env)).find((key) => key.id === created.key.id);
    expect(listed).toEqual({ ...created.key, usagePlanIds: [plan.id] });
    expect(JSON.stringify(await listApiKeys(env))).not.toContain("a-value-of-at-least-20-chars");
    expect((await listUsagePlans(env)).find((entry) => entry.id === plan.id)?.keyCount).toBe(1);
  });

  it("imports the valid rows of a CSV file and returns AWS's warning for each refused row", async () => {
    const { value } = await importApiKeys(env, "Name,Key,Enabled\nfrom-file,imported-value-0123456789,false\nbad,short,true\n");
    expect(value.ids).toHaveLength(1);
    expect(value.warnings).toEqual([expect.stringContaining("Line 3")]);
    expect((await listApiKeys(env)).find((key) => key.id === value.ids[0])).toMatchObject({ name: "from-file", enabled: false });
  });
});
