import { describe, expect, it } from "vitest";
import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetUsageCommand,
  UpdateUsageCommand,
  UpdateUsagePlanCommand,
  paginateGetUsage,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { startSandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();

const client = () => apiGatewayClient(sandbox.url);

async function planWithKeys(quota: { limit: number; offset?: number; period: "DAY" | "WEEK" | "MONTH" } | undefined, keyCount: number) {
  const plan = await client().send(new CreateUsagePlanCommand({ name: "metered", quota }));
  const keyIds: string[] = [];
  for (let i = 0; i < keyCount; i++) {
    const key = await client().send(new CreateApiKeyCommand({ name: `metered-${i}` }));
    await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    keyIds.push(key.id!);
  }
  return { planId: plan.id!, keyIds };
}

describe("GetUsage", () => {
  it("reports [used, remaining] per key and per day of the range", async () => {
    const { planId, keyIds } = await planWithKeys({ limit: 100, period: "DAY" }, 2);
    const usage = await client().send(new GetUsageCommand({ usagePlanId: planId, startDate: "2026-01-01", endDate: "2026-01-03" }));
    expect(usage.$metadata.httpStatusCode).toBe(200);
    expect(usage).toMatchObject({ usagePlanId: planId, startDate: "2026-01-01", endDate: "2026-01-03" });
    const fresh = [[0, 100], [0, 100], [0, 100]];
    expect(usage.items).toEqual({ [keyIds[0]!]: fresh, [keyIds[1]!]: fresh });
  });

  it("reports one key with keyId", async () => {
    const { planId, keyIds } = await planWithKeys({ limit: 5, period: "WEEK" }, 2);
    const usage = await client().send(new GetUsageCommand({ usagePlanId: planId, keyId: keyIds[1], startDate: "2026-02-01", endDate: "2026-02-01" }));
    expect(usage.items).toEqual({ [keyIds[1]!]: [[0, 5]] });
  });

  it("pages the report by key with limit and position", async () => {
    const { planId, keyIds } = await planWithKeys({ limit: 7, period: "MONTH" }, 3);
    const first = await client().send(new GetUsageCommand({ usagePlanId: planId, startDate: "2026-03-01", endDate: "2026-03-02", limit: 2 }));
    expect(Object.keys(first.items!)).toHaveLength(2);
    expect(first.position).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateGetUsage({ client: client(), pageSize: 2 }, { usagePlanId: planId, startDate: "2026-03-01", endDate: "2026-03-02" })) {
      seen.push(...Object.keys(page.items ?? {}));
    }
    expect(seen.sort()).toEqual([...keyIds].sort());
  });

  it("rejects a missing, malformed or reversed date range", async () => {
    const { planId } = await planWithKeys({ limit: 1, period: "DAY" }, 0);
    const malformed = await expectAwsError(client().send(new GetUsageCommand({ usagePlanId: planId, startDate: "2026/01/01", endDate: "2026-01-02" })));
    expect(malformed).toMatchObject({ name: "BadRequestException", status: 400, message: "Invalid start date specified: 2026/01/01. Use the format yyyy-MM-dd" });
    const impossible = await expectAwsError(client().send(new GetUsageCommand({ usagePlanId: planId, startDate: "2026-01-01", endDate: "2026-02-30" })));
    expect(impossible).toMatchObject({ name: "BadRequestException", message: "Invalid end date specified: 2026-02-30. Use the format yyyy-MM-dd" });
    const reversed = await expectAwsError(client().send(new GetUsageCommand({ usagePlanId: planId, startDate: "2026-01-05", endDate: "2026-01-01" })));
    expect(reversed).toMatchObject({ name: "BadRequestException", message: "The end date must not be before the start date" });
  });

  it("answers NotFoundException for an unknown plan", async () => {
    const error = await expectAwsError(client().send(new GetUsageCommand({ usagePlanId: "nope12", startDate: "2026-01-01", endDate: "2026-01-01" })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Usage Plan ID specified" });
  });
});

describe("UpdateUsage", () => {
  it("grants a key a new remaining quota for the rest of the period", async () => {
    const { planId, keyIds } = await planWithKeys({ limit: 10, period: "DAY" }, 1);
    const keyId = keyIds[0]!;
    const updated = await client().send(
      new UpdateUsageCommand({ usagePlanId: planId, keyId, patchOperations: [{ op: "replace", path: "/remaining", value: "42" }] }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(200);
    expect(updated.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(updated.endDate).toBe(updated.startDate);
    expect(updated.items).toEqual({ [keyId]: [[0, 42]] });
    const read = await client().send(new GetUsageCommand({ usagePlanId: planId, startDate: updated.startDate, endDate: updated.endDate }));
    expect(read.items).toEqual({ [keyId]: [[0, 42]] });
  });

  it("refuses other paths, negative values, keys outside the plan and plans without a quota", async () => {
    const { planId, keyIds } = await planWithKeys({ limit: 10, period: "DAY" }, 1);
    const update = (usagePlanId: string, keyId: string, path: string, value: string) =>
      client().send(new UpdateUsageCommand({ usagePlanId, keyId, patchOperations: [{ op: "replace", path, value }] }));
    expect(await expectAwsError(update(planId, keyIds[0]!, "/used", "1"))).toMatchObject({ name: "BadRequestException", message: "Invalid patch path /used" });
    expect(await expectAwsError(update(planId, keyIds[0]!, "/remaining", "-3"))).toMatchObject({
      name: "BadRequestException",
      message: "Invalid remaining quota specified: -3. It must be a non-negative integer",
    });
    const outsider = (await client().send(new CreateApiKeyCommand({ name: "outsider" }))).id!;
    expect(await expectAwsError(update(planId, outsider, "/remaining", "1"))).toMatchObject({ name: "NotFoundException", status: 404 });
    const unlimited = await planWithKeys(undefined, 1);
    expect(await expectAwsError(update(unlimited.planId, unlimited.keyIds[0]!, "/remaining", "1"))).toMatchObject({
      name: "BadRequestException",
      message: `Usage plan ${unlimited.planId} has no quota, so there is no remaining quota to update`,
    });
  });
});

const DAY_MS = 86_400_000;
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

describe("the quota offset in GetUsage", () => {
  it("reports limit - offset remaining in the period the quota was set in, and the full limit in the next", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { planId, keyIds } = await planWithKeys({ limit: 10, offset: 4, period: "DAY" }, 1);
    const usage = await client().send(new GetUsageCommand({ usagePlanId: planId, startDate: today, endDate: dayAfter(today) }));
    expect(usage.items).toEqual({ [keyIds[0]!]: [[0, 6], [0, 10]] });
  });

  it("starts the initial period when UpdateUsagePlan gives a plan its first quota", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { planId, keyIds } = await planWithKeys(undefined, 1);
    const patchOperations = [
      { op: "add" as const, path: "/quota/limit", value: "8" },
      { op: "add" as const, path: "/quota/offset", value: "3" },
      { op: "add" as const, path: "/quota/period", value: "MONTH" },
    ];
    await client().send(new UpdateUsagePlanCommand({ usagePlanId: planId, patchOperations }));
    const usage = await client().send(new GetUsageCommand({ usagePlanId: planId, startDate: today, endDate: today }));
    expect(usage.items).toEqual({ [keyIds[0]!]: [[0, 5]] });
  });
});

describe("usage counted by the data plane", () => {
  /** An API whose GET / needs a key in a plan with a daily quota, in the sandbox at `base`. */
  async function meteredApi(base: string, limit: number, offset = 0) {
    const client = () => apiGatewayClient(base);
    const api = await client().send(new CreateRestApiCommand({ name: "metered-api" }));
    const target = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
    await client().send(new PutMethodCommand({ ...target, authorizationType: "NONE", apiKeyRequired: true }));
    await client().send(new PutMethodResponseCommand({ ...target, statusCode: "200" }));
    await client().send(new PutIntegrationCommand({ ...target, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    await client().send(new PutIntegrationResponseCommand({ ...target, statusCode: "200", responseTemplates: { "application/json": '{"ok": true}' } }));
    await client().send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));
    const plan = await client().send(new CreateUsagePlanCommand({ name: "metered-live", apiStages: [{ apiId: api.id, stage: "prod" }], quota: { limit, offset, period: "DAY" } }));
    const key = await client().send(new CreateApiKeyCommand({ name: "live-key", enabled: true }));
    await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    return { url: `${base}/_aws/execute-api/${api.id}/prod/`, planId: plan.id!, keyId: key.id!, value: key.value! };
  }

  it("counts each served request against the key's quota and answers 429 past it", async () => {
    const { url, planId, keyId, value } = await meteredApi(sandbox.url, 2);
    const call = () => fetch(url, { headers: { "x-api-key": value } });
    expect((await fetch(url)).status).toBe(403);
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    const over = await call();
    expect(over.status).toBe(429);
    expect(await over.json()).toEqual({ message: "Limit Exceeded" });
    const granted = await client().send(new UpdateUsageCommand({ usagePlanId: planId, keyId, patchOperations: [{ op: "replace", path: "/remaining", value: "1" }] }));
    expect(granted.items).toEqual({ [keyId]: [[2, 1]] });
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(429);
    const usage = await client().send(new GetUsageCommand({ usagePlanId: planId, startDate: granted.startDate, endDate: granted.endDate }));
    expect(usage.items).toEqual({ [keyId]: [[3, 0]] });
  });

  it("lets a key make limit - offset requests on the quota's first day and the full limit the day after", async () => {
    let clocked = await startSandboxProcess({ dataDir: "temp" });
    try {
      const { url, planId, keyId, value } = await meteredApi(clocked.url, 3, 2);
      const firstDay = new Date().toISOString().slice(0, 10);
      const call = (stageUrl: string) => fetch(stageUrl, { headers: { "x-api-key": value } });
      expect((await call(url)).status).toBe(200);
      expect((await call(url)).status).toBe(429);
      await clocked.stop();
      // The same state, one day later by the sandbox's clock seam.
      clocked = await startSandboxProcess({ dataDir: clocked.dataDir, args: ["--clock-offset", String(DAY_MS)] });
      const nextDayUrl = url.replace(/^http:\/\/[^/]+/, clocked.url);
      for (let i = 0; i < 3; i++) expect((await call(nextDayUrl)).status).toBe(200);
      expect((await call(nextDayUrl)).status).toBe(429);
      const usage = await apiGatewayClient(clocked.url).send(new GetUsageCommand({ usagePlanId: planId, startDate: firstDay, endDate: dayAfter(firstDay) }));
      expect(usage.items).toEqual({ [keyId]: [[1, 0], [3, 0]] });
    } finally {
      await clocked.stop();
    }
  });
});
