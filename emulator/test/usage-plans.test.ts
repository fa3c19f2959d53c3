import { describe, expect, it } from "vitest";
import {
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  UpdateUsagePlanCommand,
  paginateGetUsagePlanKeys,
  paginateGetUsagePlans,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { createDeployedStage } from "./support/deployed-stage";

const sandbox = sandboxForFile();

const client = () => apiGatewayClient(sandbox.url);
const newKey = async (name: string) => (await client().send(new CreateApiKeyCommand({ name }))).id!;

describe("usage plans", () => {
  it("creates a plan with API stages, method throttles, throttle and quota", async () => {
    const { apiId, stageName } = await createDeployedStage(client());
    const plan = await client().send(
      new CreateUsagePlanCommand({
        name: "gold",
        description: "for paying customers",
        apiStages: [{ apiId, stage: stageName, throttle: { "/pets/GET": { burstLimit: 5, rateLimit: 2.5 } } }],
        throttle: { burstLimit: 100, rateLimit: 50 },
        quota: { limit: 1000, offset: 0, period: "MONTH" },
        tags: { tier: "gold" },
      }),
    );
    expect(plan.$metadata.httpStatusCode).toBe(201);
    expect(plan.id).toMatch(/^[a-z0-9]{6}$/);
    expect(plan).toMatchObject({
      name: "gold",
      description: "for paying customers",
      apiStages: [{ apiId, stage: stageName, throttle: { "/pets/GET": { burstLimit: 5, rateLimit: 2.5 } } }],
      throttle: { burstLimit: 100, rateLimit: 50 },
      quota: { limit: 1000, offset: 0, period: "MONTH" },
      tags: { tier: "gold" },
    });
    expect(await client().send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).toMatchObject({ name: "gold", apiStages: plan.apiStages });
  });

  it("refuses an API stage that does not exist", async () => {
    const { apiId } = await createDeployedStage(client(), "real");
    const error = await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "x", apiStages: [{ apiId, stage: "ghost" }] })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404, message: `API Stage not found: ${apiId}:ghost` });
    const noApi = await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "x", apiStages: [{ apiId: "missing123", stage: "prod" }] })));
    expect(noApi).toMatchObject({ name: "NotFoundException", message: "API Stage not found: missing123:prod" });
  });

  it("validates quota, throttle and method throttle keys", async () => {
    const period = await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "q", quota: { limit: 10, period: "YEAR" as never } })));
    expect(period).toMatchObject({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value 'YEAR' at 'createUsagePlanInput.quota.period' failed to satisfy constraint: Member must satisfy enum value set: [DAY, WEEK, MONTH]",
    });
    const limit = await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "q", quota: { limit: -1, period: "DAY" } })));
    expect(limit).toMatchObject({ name: "BadRequestException", message: "Invalid quota limit specified: -1. It must be a non-negative integer" });
    const burst = await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "t", throttle: { burstLimit: -5 } })));
    expect(burst.name).toBe("BadRequestException");
    const { apiId, stageName } = await createDeployedStage(client(), "keys");
    const methodKey = await expectAwsError(
      client().send(new CreateUsagePlanCommand({ name: "m", apiStages: [{ apiId, stage: stageName, throttle: { pets: { rateLimit: 1 } } }] })),
    );
    expect(methodKey).toMatchObject({ name: "BadRequestException", message: "Invalid method throttle key specified: pets. Use {resourcePath}/{httpMethod}, for example /pets/GET" });
  });

  it("refuses a quota offset below 0 or above the limit at create and update, and keeps the plan as it was", async () => {
    const offsetError = (offset: number) => ({
      name: "BadRequestException",
      status: 400,
      message: `Invalid quota offset specified: ${offset}. It must be between 0 and the quota limit`,
    });
    expect(await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "o", quota: { limit: 10, offset: 11, period: "WEEK" } })))).toEqual(offsetError(11));
    expect(await expectAwsError(client().send(new CreateUsagePlanCommand({ name: "o", quota: { limit: 10, offset: -1, period: "MONTH" } })))).toEqual(offsetError(-1));
    const plan = await client().send(new CreateUsagePlanCommand({ name: "o", quota: { limit: 10, offset: 10, period: "DAY" } }));
    expect(plan.quota).toEqual({ limit: 10, offset: 10, period: "DAY" });
    const lowered = await expectAwsError(
      client().send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/quota/limit", value: "5" }] })),
    );
    expect(lowered).toEqual(offsetError(10));
    const updated = await client().send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/quota/offset", value: "4" }] }));
    expect(updated.quota).toEqual({ limit: 10, offset: 4, period: "DAY" });
    const read = await client().send(new GetUsagePlanCommand({ usagePlanId: plan.id }));
    expect(Object.keys(read).filter((key) => key !== "$metadata").sort()).toEqual(["apiStages", "id", "name", "quota", "tags"]);
  });

  it("answers NotFoundException for an unknown plan", async () => {
    const error = await expectAwsError(client().send(new GetUsagePlanCommand({ usagePlanId: "nope12" })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Usage Plan ID specified" });
  });

  it("updates name, description, product code, throttle and quota through patches", async () => {
    const plan = await client().send(new CreateUsagePlanCommand({ name: "silver" }));
    const updated = await client().send(
      new UpdateUsagePlanCommand({
        usagePlanId: plan.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "platinum" },
          { op: "replace", path: "/description", value: "more" },
          { op: "add", path: "/productCode", value: "prod-code" },
          { op: "replace", path: "/throttle/rateLimit", value: "12.5" },
          { op: "replace", path: "/throttle/burstLimit", value: "20" },
          { op: "replace", path: "/quota/limit", value: "500" },
          { op: "replace", path: "/quota/period", value: "WEEK" },
        ],
      }),
    );
    expect(updated).toMatchObject({
      name: "platinum",
      description: "more",
      productCode: "prod-code",
      throttle: { rateLimit: 12.5, burstLimit: 20 },
      quota: { limit: 500, offset: 0, period: "WEEK" },
    });
    const cleared = await client().send(
      new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "remove", path: "/quota" }, { op: "remove", path: "/throttle" }] }),
    );
    expect(cleared.quota).toBeUndefined();
    expect(cleared.throttle).toBeUndefined();
    const badPeriod = await expectAwsError(
      client().send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/quota/period", value: "YEAR" }] })),
    );
    expect(badPeriod).toMatchObject({ name: "BadRequestException", message: "Invalid quota period specified: YEAR. Valid values are DAY, WEEK and MONTH" });
    const badPath = await expectAwsError(client().send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/id", value: "x" }] })));
    expect(badPath).toMatchObject({ name: "BadRequestException", message: "Invalid patch path /id" });
  });

  it("adds and removes API stages and their method throttles with AWS's patch paths", async () => {
    const { apiId, stageName } = await createDeployedStage(client(), "patched");
    const plan = await client().send(new CreateUsagePlanCommand({ name: "stages" }));
    const stageId = `${apiId}:${stageName}`;
    const patch = (op: "add" | "remove" | "replace", path: string, value?: string) =>
      client().send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op, path, value }] }));
    expect((await patch("add", "/apiStages", stageId)).apiStages).toEqual([{ apiId, stage: stageName }]);
    const duplicate = await expectAwsError(patch("add", "/apiStages", stageId));
    expect(duplicate).toMatchObject({ name: "ConflictException", status: 409 });
    await patch("replace", `/apiStages/${stageId}/throttle/pets/GET/rateLimit`, "3");
    const withBurst = await patch("replace", `/apiStages/${stageId}/throttle/pets/GET/burstLimit`, "6");
    expect(withBurst.apiStages![0]!.throttle).toEqual({ "/pets/GET": { rateLimit: 3, burstLimit: 6 } });
    const escaped = await patch("replace", `/apiStages/${stageId}/throttle/~1pets~1GET/rateLimit`, "4");
    expect(escaped.apiStages![0]!.throttle).toEqual({ "/pets/GET": { rateLimit: 4, burstLimit: 6 } });
    const replaced = await patch("replace", `/apiStages/${stageId}/throttle`, JSON.stringify({ "//GET": { rateLimit: 1, burstLimit: 1 } }));
    expect(replaced.apiStages![0]!.throttle).toEqual({ "//GET": { rateLimit: 1, burstLimit: 1 } });
    const removedMethod = await patch("remove", `/apiStages/${stageId}/throttle//GET`);
    expect(removedMethod.apiStages![0]!.throttle).toBeUndefined();
    const missing = await expectAwsError(patch("add", "/apiStages", `${apiId}:ghost`));
    expect(missing).toMatchObject({ name: "NotFoundException", message: `API Stage not found: ${apiId}:ghost` });
    expect((await patch("remove", "/apiStages", stageId)).apiStages).toEqual([]);
  });

  it("pages GetUsagePlans and filters them by key", async () => {
    const keyId = await newKey("plan-filter");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await client().send(new CreateUsagePlanCommand({ name: `paged-${i}` }))).id!);
    await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: ids[1], keyId, keyType: "API_KEY" }));
    const filtered = await client().send(new GetUsagePlansCommand({ keyId }));
    expect(filtered.items!.map((plan) => plan.id)).toEqual([ids[1]]);
    const first = await client().send(new GetUsagePlansCommand({ limit: 1 }));
    expect(first.items).toHaveLength(1);
    expect(first.position).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateGetUsagePlans({ client: client(), pageSize: 2 }, {})) seen.push(...page.items!.map((plan) => plan.id!));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ids));
  });

  it("refuses to delete a plan that still lists API stages, naming them, and deletes it once they are removed", async () => {
    const { apiId, stageName } = await createDeployedStage(client(), "plan-delete");
    const plan = await client().send(new CreateUsagePlanCommand({ name: "attached", apiStages: [{ apiId, stage: stageName }] }));
    const refused = await expectAwsError(client().send(new DeleteUsagePlanCommand({ usagePlanId: plan.id })));
    expect(refused).toMatchObject({
      name: "BadRequestException",
      status: 400,
      message: `Cannot delete Usage Plan ${plan.id} because there are API Stages associated with it, including ${apiId}:${stageName}`,
    });
    expect((await client().send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages).toHaveLength(1);
    await client().send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "remove", path: "/apiStages", value: `${apiId}:${stageName}` }] }));
    expect((await client().send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }))).$metadata.httpStatusCode).toBe(202);
  });

  it("deletes a plan, after which it is not found", async () => {
    const plan = await client().send(new CreateUsagePlanCommand({ name: "doomed" }));
    expect((await client().send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }))).$metadata.httpStatusCode).toBe(202);
    expect((await expectAwsError(client().send(new GetUsagePlanCommand({ usagePlanId: plan.id })))).name).toBe("NotFoundException");
  });
});

describe("usage plan keys", () => {
  it("adds an API key to a plan once and shows its name and value", async () => {
    const plan = await client().send(new CreateUsagePlanCommand({ name: "with-keys" }));
    const key = await client().send(new CreateApiKeyCommand({ name: "member" }));
    const planKey = await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    expect(planKey.$metadata.httpStatusCode).toBe(201);
    expect(planKey).toMatchObject({ id: key.id, type: "API_KEY", name: "member", value: key.value });
    expect(await client().send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }))).toMatchObject({ id: key.id, name: "member" });
    const again = await expectAwsError(client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" })));
    expect(again).toMatchObject({ name: "ConflictException", status: 409 });
  });

  it("refuses an unknown key, an unknown plan and a key type other than API_KEY", async () => {
    const plan = await client().send(new CreateUsagePlanCommand({ name: "strict" }));
    const keyId = await newKey("typed");
    const unknownKey = await expectAwsError(client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: "nope123456", keyType: "API_KEY" })));
    expect(unknownKey).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid API Key identifier specified" });
    const unknownPlan = await expectAwsError(client().send(new CreateUsagePlanKeyCommand({ usagePlanId: "nope12", keyId, keyType: "API_KEY" })));
    expect(unknownPlan).toMatchObject({ name: "NotFoundException", message: "Invalid Usage Plan ID specified" });
    const badType = await expectAwsError(client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "COGNITO" })));
    expect(badType).toMatchObject({ name: "BadRequestException", status: 400, message: "Invalid key type specified: COGNITO. The only valid key type is API_KEY" });
    const notMember = await expectAwsError(client().send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId })));
    expect(notMember).toMatchObject({ name: "NotFoundException", message: "Invalid Usage Plan ID specified" });
  });

  it("lets a key join at most 10 plans", async () => {
    const keyId = await newKey("popular");
    for (let i = 0; i < 10; i++) {
      const plan = await client().send(new CreateUsagePlanCommand({ name: `many-${i}` }));
      await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "API_KEY" }));
    }
    const eleventh = await client().send(new CreateUsagePlanCommand({ name: "many-10" }));
    const error = await expectAwsError(client().send(new CreateUsagePlanKeyCommand({ usagePlanId: eleventh.id, keyId, keyType: "API_KEY" })));
    expect(error).toMatchObject({ name: "LimitExceededException", status: 429 });
  });

  it("refuses a key in two plans that cover the same API stage", async () => {
    const { apiId, stageName } = await createDeployedStage(client(), "shared");
    const keyId = await newKey("shared-stage");
    const first = await client().send(new CreateUsagePlanCommand({ name: "a", apiStages: [{ apiId, stage: stageName }] }));
    const second = await client().send(new CreateUsagePlanCommand({ name: "b", apiStages: [{ apiId, stage: stageName }] }));
    await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: first.id, keyId, keyType: "API_KEY" }));
    const error = await expectAwsError(client().send(new CreateUsagePlanKeyCommand({ usagePlanId: second.id, keyId, keyType: "API_KEY" })));
    expect(error).toMatchObject({
      name: "ConflictException",
      status: 409,
      message: `Usage Plan ${second.id} cannot be added because API Key ${keyId} cannot reference multiple Usage Plans with the same API Stage: ${apiId}:${stageName}`,
    });
  });

  it("refuses to give a plan a stage that another plan of one of its keys already covers", async () => {
    const { apiId, stageName } = await createDeployedStage(client(), "gained");
    const keyId = await newKey("gained-stage");
    const covering = await client().send(new CreateUsagePlanCommand({ name: "covering", apiStages: [{ apiId, stage: stageName }] }));
    const growing = await client().send(new CreateUsagePlanCommand({ name: "growing" }));
    await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: covering.id, keyId, keyType: "API_KEY" }));
    await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: growing.id, keyId, keyType: "API_KEY" }));
    const error = await expectAwsError(
      client().send(new UpdateUsagePlanCommand({ usagePlanId: growing.id, patchOperations: [{ op: "add", path: "/apiStages", value: `${apiId}:${stageName}` }] })),
    );
    expect(error).toMatchObject({ name: "ConflictException", status: 409 });
    expect((await client().send(new GetUsagePlanCommand({ usagePlanId: growing.id }))).apiStages).toEqual([]);
  });

  it("pages and name-filters a plan's keys, and removes a key from the plan", async () => {
    const plan = await client().send(new CreateUsagePlanCommand({ name: "listing" }));
    const keyIds: string[] = [];
    for (const name of ["red-1", "red-2", "blue-1"]) {
      const keyId = await newKey(name);
      keyIds.push(keyId);
      await client().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "API_KEY" }));
    }
    const reds = await client().send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, nameQuery: "red" }));
    expect(reds.items!.map((key) => key.name).sort()).toEqual(["red-1", "red-2"]);
    const names: string[] = [];
    for await (const page of paginateGetUsagePlanKeys({ client: client(), pageSize: 2 }, { usagePlanId: plan.id })) names.push(...page.items!.map((key) => key.name!));
    expect(names.sort()).toEqual(["blue-1", "red-1", "red-2"]);
    const deleted = await client().send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: keyIds[0] }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    await client().send(new DeleteApiKeyCommand({ apiKey: keyIds[1] }));
    const left = await client().send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }));
    expect(left.items!.map((key) => key.name)).toEqual(["blue-1"]);
  });
});

describe("usage plan limit", () => {
  const fresh = sandboxForFile();

  it("refuses the 301st usage plan in a region", async () => {
    const freshClient = apiGatewayClient(fresh.url);
    for (let batch = 0; batch < 30; batch++) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => freshClient.send(new CreateUsagePlanCommand({ name: `plan-${batch}-${i}` }))));
    }
    const error = await expectAwsError(freshClient.send(new CreateUsagePlanCommand({ name: "one-too-many" })));
    expect(error).toMatchObject({ name: "LimitExceededException", status: 429, message: "You have reached the limit of 300 usage plans in this region" });
  });
});
