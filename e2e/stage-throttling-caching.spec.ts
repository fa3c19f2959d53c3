import { expect, test, type Page } from "@playwright/test";
import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetResourcesCommand,
  GetStageCommand,
  ImportRestApiCommand,
  UpdateMethodCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway } from "./support/sandbox-sdk";
import { addUserAsAdmin } from "./support/users";

const sdk = sandboxApiGateway({ maxAttempts: 1 });

const mockGet = { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } };

/** GET /pets and GET /pets/{petId} (MOCK) deployed to prod; GET /pets needs an API key that a 5 rps plan covers. */
async function deployedApi(name: string): Promise<{ restApiId: string; keyName: string }> {
  const document = { openapi: "3.0.1", info: { title: name, version: "1" }, paths: { "/pets": { get: mockGet }, "/pets/{petId}": { get: { ...mockGet, parameters: [{ name: "petId", in: "path", required: true, schema: { type: "string" } }] } } } };
  const api = await sdk.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  const resources = await sdk.send(new GetResourcesCommand({ restApiId: api.id }));
  const pets = resources.items!.find((resource) => resource.path === "/pets")!;
  await sdk.send(new UpdateMethodCommand({ restApiId: api.id, resourceId: pets.id, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] }));
  await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));
  const keyName = uniqueName("partner-key");
  const key = await sdk.send(new CreateApiKeyCommand({ name: keyName, enabled: true }));
  const plan = await sdk.send(new CreateUsagePlanCommand({ name: uniqueName("partners"), throttle: { rateLimit: 5, burstLimit: 2 }, apiStages: [{ apiId: api.id, stage: "prod" }] }));
  await sdk.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
  return { restApiId: api.id!, keyName };
}

async function choose(page: Page, scope: ReturnType<Page["getByRole"]>, label: string, option: string | RegExp) {
  await scope.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}

test.describe.serial("stage throttling and caching", () => {
  let restApiId = "";
  let keyName = "";

  test.beforeAll(async () => {
    ({ restApiId, keyName } = await deployedApi(uniqueName("limits-pets")));
  });

  test.use({ storageState: adminStatePath });
  test.beforeEach(() => test.slow());

  test("a deployer sets the stage throttle and a method override, and sees which limit a client hits first", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/stages/prod?tab=throttling`);
    const stageDefault = page.getByRole("region", { name: "Stage default" });
    await expect(page.getByRole("definition").filter({ hasText: "10,000 rps" })).toBeVisible({ timeout: 90_000 });

    await stageDefault.getByLabel("Rate (requests per second)").fill("20000");
    await stageDefault.getByLabel("Burst (requests)").fill("50");
    await stageDefault.getByRole("button", { name: "Save changes" }).click();
    // Generous: under `next dev` the first call of an action compiles it.
    await expect(stageDefault.getByText("The account allows at most 10,000 rps in this Region; a stage cannot exceed it.")).toBeVisible({ timeout: 90_000 });

    await stageDefault.getByLabel("Rate (requests per second)").fill("100");
    await expect(stageDefault.getByLabel("Patch operations")).toContainText("replace /*/*/throttling/rateLimit");
    await expect(stageDefault.getByLabel("Patch operations")).toContainText('"100"');
    await stageDefault.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Sent 2 patch operations to prod.")).toBeVisible();

    await page.getByRole("button", { name: "Add override" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a method override" });
    await choose(page, dialog, "Method", "GET /pets/{petId}");
    await dialog.getByLabel("Rate (requests per second)").fill("10");
    await dialog.getByLabel("Burst (requests)").fill("5");
    await expect(dialog.getByLabel("Patch operations")).toContainText("/~1pets~1{petId}/GET/throttling/rateLimit");
    await page.screenshot({ path: "/tmp/stage-throttle-cache-override-dialog.png" });
    await dialog.getByRole("button", { name: "Save override" }).click();
    const overrides = page.getByRole("table", { name: "Method throttle overrides" });
    await expect(overrides.getByRole("row").filter({ hasText: "GET /pets/{petId}" })).toContainText("10 rps", { timeout: 60_000 });

    const effective = page.getByRole("region", { name: "Effective limits" });
    await choose(page, effective, "Method", "GET /pets/{petId}");
    await expect(effective.getByRole("status")).toContainText("throttled first at 10 rps (stage, method setting) with a burst of 5 requests");
    await choose(page, effective, "Method", "GET /pets");
    await expect(effective.getByRole("status")).toContainText("throttled first at 100 rps (stage default)");
    await choose(page, effective, "API key", new RegExp(keyName));
    await expect(effective.getByRole("status")).toContainText("throttled first at 5 rps (usage plan) with a burst of 2 requests (usage plan)", { timeout: 60_000 });
    await expect(page).toHaveURL(/method=GET/);

    const stage = await sdk.send(new GetStageCommand({ restApiId, stageName: "prod" }));
    expect(stage.methodSettings?.["*/*"]).toMatchObject({ throttlingRateLimit: 100, throttlingBurstLimit: 50 });
    expect(stage.methodSettings?.["~1pets~1{petId}/GET"]).toMatchObject({ throttlingRateLimit: 10, throttlingBurstLimit: 5 });
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stage-throttle-cache-throttling.png", fullPage: true });
  });

  test("a deployer enables a 0.5 GB cache at $14.60 a month, watches it become available, and flushes it", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/stages/prod?tab=caching`);
    const cache = page.getByRole("region", { name: "Stage cache" });
    await expect(cache.getByLabel("Cluster status: Off")).toBeVisible({ timeout: 90_000 });
    await cache.getByLabel("Provision a cache cluster").check();
    await expect(cache.getByLabel("Cache price")).toContainText("$14.60 / month");
    await expect(cache.getByLabel("Cache price")).toContainText("$0.020 / hour");
    await choose(page, cache, "Cache size", /^1\.6 GB/);
    await expect(cache.getByLabel("Cache price")).toContainText("$27.74 / month");
    await choose(page, cache, "Cache size", /^0\.5 GB/);
    await cache.getByLabel("Cache responses").check();
    await expect(cache.getByLabel("Patch operations")).toContainText("replace /cacheClusterEnabled");
    await expect(cache.getByLabel("Patch operations")).toContainText("replace /*/*/caching/enabled");
    await cache.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(/Sent \d+ patch operations to prod\./)).toBeVisible({ timeout: 60_000 });
    // The sandbox creates a cluster in 5 s, so "Creating" may already be over; the page polls until it is available.
    await expect(cache.getByLabel("Cluster status: Available")).toBeVisible({ timeout: 30_000 });
    await expect(cache.getByLabel("Cache price")).toContainText("$14.60 / month");

    const perMethod = page.getByRole("table", { name: "Caching per method" });
    // GET /pets follows the stage default; GET /pets/{petId} has its own entry (its throttle override), copied before caching was on.
    const row = (method: string) => perMethod.getByRole("row").filter({ has: page.getByRole("cell", { name: method, exact: true }) });
    await expect(row("GET /pets")).toContainText("Onstage default300 s");
    await expect(row("GET /pets/{petId}")).toContainText("Offown setting");

    await cache.getByRole("button", { name: "Flush cache" }).click();
    const flush = page.getByRole("dialog", { name: "Flush the cache of prod?" });
    await flush.getByRole("button", { name: "Flush cache" }).click();
    await expect(page.getByText("Flushed the cache of prod.")).toBeVisible({ timeout: 60_000 });

    const stage = await sdk.send(new GetStageCommand({ restApiId, stageName: "prod" }));
    expect(stage).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5", cacheClusterStatus: "AVAILABLE" });
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stage-throttle-cache-caching.png", fullPage: true });
  });
});

test("an editor sees the stage's throttling and caching read-only", async ({ browser }) => {
  test.slow();
  const editor = await addUserAsAdmin(browser, "Editor", "Eddie Editor");
  const restApiId = (await deployedApi(uniqueName("limits-readonly"))).restApiId;
  await sdk.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "replace", path: "/*/*/throttling/rateLimit", value: "250" }, { op: "replace", path: "/*/*/throttling/burstLimit", value: "125" }] }));
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await page.goto(`/env/sandbox/apis/${restApiId}/stages/prod?tab=throttling`);
  await signIn(page, editor.email, editor.password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 60_000 });
  await page.goto(`/env/sandbox/apis/${restApiId}/stages/prod?tab=throttling`);
  await expect(page.getByText("You can view these settings. Changing them needs the deployer role.")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("region", { name: "Stage default" })).toContainText("250 rps");
  await expect(page.getByRole("region", { name: "Effective limits" }).getByRole("status")).toContainText("throttled first at 250 rps (stage default)");
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add override" })).toHaveCount(0);
  await page.screenshot({ path: "/tmp/stage-throttle-cache-throttling-read-only.png", fullPage: true });

  await page.getByRole("link", { name: "Caching" }).click();
  await expect(page.getByRole("table", { name: "Caching per method" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Flush cache" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Edit the caching/ })).toHaveCount(0);
  await page.screenshot({ path: "/tmp/stage-throttle-cache-caching-read-only.png", fullPage: true });
  await expectAccessible(page);
  await context.close();
});
