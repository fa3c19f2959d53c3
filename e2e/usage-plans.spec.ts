import { expect, test, type Page } from "@playwright/test";
import { CreateDeploymentCommand, CreateUsagePlanCommand, GetResourcesCommand, ImportRestApiCommand, UpdateMethodCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { addUserAsAdmin } from "./support/users";
import { sandboxApiGateway, sandboxUrl } from "./support/sandbox-sdk";

const sdk = sandboxApiGateway({ maxAttempts: 1 });

/** An API whose MOCK GET /pets requires an API key, deployed to prod through the SDK. */
async function keyedApi(name: string): Promise<string> {
  const document = {
    openapi: "3.0.1",
    info: { title: name, version: "1" },
    paths: { "/pets": { get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } } } },
  };
  const api = await sdk.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  const pets = (await sdk.send(new GetResourcesCommand({ restApiId: api.id }))).items!.find((resource) => resource.path === "/pets")!;
  await sdk.send(new UpdateMethodCommand({ restApiId: api.id, resourceId: pets.id, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] }));
  await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));
  return api.id!;
}

const callPets = (restApiId: string, apiKey?: string) => fetch(`${sandboxUrl}/_aws/execute-api/${restApiId}/prod/pets`, { headers: apiKey ? { "x-api-key": apiKey } : {} });

async function screenshot(page: Page, screen: string) {
  await page.screenshot({ path: `/tmp/usage-plans-${screen}.png`, fullPage: true });
}

/** Picks an option of a labelled select (Radix: a combobox and a listbox in a portal). */
async function choose(page: Page, scope: ReturnType<Page["getByRole"]>, label: string, option: string | RegExp) {
  await scope.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option }).click();
}

/** A section tab of the plan's page (the side navigation has links with similar names). */
const planTab = (page: Page, name: string) => page.getByRole("navigation", { name: "Usage plan sections" }).getByRole("link", { name, exact: true });

test.use({ storageState: adminStatePath, permissions: ["clipboard-read", "clipboard-write"] });

test("a deployer creates a usage plan with a quota, attaches a stage and a new key, and sees the key's calls in the plan's usage", async ({ page }) => {
  // A long journey through five screens; under `next dev` each first visit compiles.
  test.setTimeout(300_000);
  const apiName = uniqueName("keyed-api");
  const planName = uniqueName("gold");
  const keyName = uniqueName("partner");
  const restApiId = await keyedApi(apiName);
  expect((await callPets(restApiId)).status).toBe(403);

  await page.goto("/env/sandbox/usage-plans");
  await expect(page.getByRole("heading", { name: "Usage plans & API keys" })).toBeVisible();

  // Create the plan with a throttle and a monthly quota.
  await page.getByRole("button", { name: "Create usage plan" }).click();
  const create = page.getByRole("dialog", { name: "Create usage plan" });
  await create.getByLabel("Name").fill(planName);
  await create.getByLabel("Rate (req/s)").fill("50");
  await create.getByLabel("Burst (requests)").fill("2.5");
  await create.getByLabel("Limit requests per period").check();
  await create.getByLabel("Requests per period", { exact: true }).fill("1000");
  await create.getByRole("button", { name: "Create usage plan" }).click();
  // A fractional burst is refused beside its field, before anything is sent.
  await expect(create.getByText("Use a whole number, 0 or more.")).toBeVisible();
  await create.getByLabel("Burst (requests)").fill("100");
  await create.getByRole("button", { name: "Create usage plan" }).click();
  // The plan opens on its API stages tab (a first visit under `next dev` compiles the page, hence the wait).
  await expect(page).toHaveURL(/\/usage-plans\/[a-z0-9]+\?tab=stages$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: planName })).toBeVisible();

  // Associate the API's prod stage: the exact UpdateUsagePlan operation is shown before it is sent.
  await page.getByRole("button", { name: "Add API stage" }).click();
  const addStage = page.getByRole("dialog", { name: "Add API stage" });
  await choose(page, addStage, "API", new RegExp(apiName));
  await choose(page, addStage, "Stage", "prod");
  await addStage.getByRole("button", { name: "Add stage" }).click();
  const preview = page.getByRole("region", { name: "Patch operations to send" });
  await expect(preview).toContainText(`add/apiStages"${restApiId}:prod"`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Usage plan ${planName} updated`)).toBeVisible();
  await expect(page.getByText("No changes")).toBeVisible();
  await expect(page.getByRole("table", { name: "API stages in the plan" })).toContainText(apiName);

  // A per-method throttle for GET /pets, under the stage's throttle path.
  await page.getByRole("button", { name: `Add method throttle to ${apiName} · prod` }).click();
  const throttle = page.getByRole("dialog", { name: "Method throttle" });
  await choose(page, throttle, "Method", "GET /pets");
  await throttle.getByLabel("Rate (req/s)").fill("10");
  await throttle.getByLabel("Burst (requests)").fill("20");
  await throttle.getByRole("button", { name: "Set throttle" }).click();
  await expect(preview).toContainText(`/apiStages/${restApiId}:prod/throttle/pets/GET/rateLimit`);
  await expect(preview).toContainText(`/apiStages/${restApiId}:prod/throttle/pets/GET/burstLimit`);
  await expectAccessible(page);
  await screenshot(page, "stages-review");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("No changes")).toBeVisible();
  await expect(page.getByRole("table", { name: "API stages in the plan" })).toContainText("10 req/s, burst 20");
  await screenshot(page, "stages");

  // Settings: a new quota limit shows as one replace, then is sent.
  await planTab(page, "Settings").click();
  await expect(page.getByLabel("Requests per period", { exact: true })).toHaveValue("1000");
  await page.getByLabel("Requests per period", { exact: true }).fill("5000");
  await expect(page.getByRole("region", { name: "Patch operations to send" })).toContainText('replace/quota/limit"5000"');
  await expectAccessible(page);
  await screenshot(page, "settings");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("No changes")).toBeVisible();

  // A new key straight into the plan: its value is shown once and copied from the page.
  await planTab(page, "API keys").click();
  await page.getByRole("button", { name: "Create API key" }).click();
  const createKey = page.getByRole("dialog", { name: "Create API key" });
  await createKey.getByLabel("Name").fill(keyName);
  await createKey.getByLabel("Value").fill("too-short");
  await createKey.getByRole("button", { name: "Create API key" }).click();
  await expect(createKey.getByText("Use at least 20 characters")).toBeVisible();
  await createKey.getByLabel("Value").fill("");
  await createKey.getByRole("button", { name: "Create API key" }).click();
  const created = page.getByRole("dialog", { name: `API key ${keyName} created` });
  await expect(created.getByText("Archway will not show it again")).toBeVisible();
  await created.getByRole("button", { name: "Copy API key value" }).click();
  const apiKey = await page.evaluate(() => navigator.clipboard.readText());
  expect(apiKey.length).toBeGreaterThanOrEqual(20);
  await expect(created.getByLabel("API key value")).toHaveText(apiKey);
  await screenshot(page, "key-created");
  await created.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("table", { name: "API keys in the plan" })).toContainText(keyName);
  await screenshot(page, "keys");

  // The key calls the stage through the sandbox; the plan counts each call.
  for (let call = 0; call < 3; call++) expect((await callPets(restApiId, apiKey)).status).toBe(200);

  await planTab(page, "Usage").click();
  await expect(page).toHaveURL(/tab=usage/, { timeout: 60_000 });
  const usage = page.getByRole("table", { name: "Requests per API key and day" });
  await expect(async () => {
    await page.reload();
    await expect(usage.getByRole("row").filter({ hasText: keyName })).toContainText("3 requests", { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(usage.getByRole("row").filter({ hasText: keyName })).toContainText("4,997 requests");
  await expectAccessible(page);
  await screenshot(page, "usage");

  // AWS keeps a plan that still has API stages; the delete dialog says so before anything is sent.
  await page.getByRole("button", { name: "Delete" }).click();
  const deletion = page.getByRole("dialog", { name: `Delete usage plan “${planName}”?` });
  await expect(deletion).toContainText("AWS refuses to delete a usage plan that still has API stages");
  await deletion.getByRole("button", { name: "Cancel" }).click();

  // The list names the plan with its limits and its key; the key list never shows a value.
  await page.goto("/env/sandbox/usage-plans");
  const planRow = page.getByRole("table", { name: "Usage plans" }).getByRole("row").filter({ hasText: planName });
  await expect(planRow).toContainText("50 req/s, burst 100");
  await expect(planRow).toContainText("5,000 requests / month");
  await expectAccessible(page);
  await screenshot(page, "list");
  await page.getByRole("navigation", { name: "Usage plans and API keys" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("table", { name: "API keys" })).toContainText(keyName);
  expect(await page.content()).not.toContain(apiKey);
  await expectAccessible(page);
  await screenshot(page, "key-list");
});

test("a CSV import brings in the valid rows and lists the rows AWS refused; an imported key is disabled from the list", async ({ page }) => {
  const good = uniqueName("imported");
  const value = `${good}-value-0123456789`;
  await page.goto("/env/sandbox/usage-plans?tab=keys");
  await page.getByRole("button", { name: "Import CSV" }).click();
  const dialog = page.getByRole("dialog", { name: "Import API keys" });
  await dialog.getByLabel("Contents").fill(`Name,Key,Description,Enabled\n${good},${value},from a file,true\nbroken,short,,true\n`);
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog.getByText("1 API key imported.")).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Rows AWS refused" })).toContainText("Line 3");
  await screenshot(page, "import");
  await dialog.getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("table", { name: "API keys" }).getByRole("row").filter({ hasText: good });
  await expect(row).toContainText("Enabled");
  await row.getByRole("button", { name: `Disable API key ${good}` }).click();
  await expect(row).toContainText("Disabled");
});

test("an editor sees usage plans and keys read-only: plans and keys change who may call, so they need the deployer role", async ({ browser }) => {
  test.setTimeout(240_000);
  const planName = uniqueName("read-only");
  const plan = await sdk.send(new CreateUsagePlanCommand({ name: planName, throttle: { rateLimit: 5, burstLimit: 10 }, quota: { limit: 100, period: "DAY" } }));
  const editor = await addUserAsAdmin(browser, "Editor", "Eddie Editor");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/env/sandbox/usage-plans/${plan.id}`);
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { name: planName })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("5 req/s, burst 10")).toBeVisible();
  await expect(page.getByText("100 requests / day")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await page.goto("/env/sandbox/usage-plans?tab=keys");
  await expect(page.getByRole("heading", { name: "Usage plans & API keys" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Create API key" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import CSV" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Disable API key/ })).toHaveCount(0);
  await context.close();
});
