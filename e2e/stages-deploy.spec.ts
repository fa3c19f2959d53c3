import { expect, test, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CreateDeploymentCommand,
  CreateStageCommand,
  GetResourcesCommand,
  ImportRestApiCommand,
  UpdateMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway, sandboxUrl } from "./support/sandbox-sdk";

const sdk = sandboxApiGateway({ maxAttempts: 1 });

/** An API with one MOCK GET /pets, deployed to dev and prod through the SDK, as a team would have it before Archway. */
async function deployedApi(name: string): Promise<string> {
  const document = {
    openapi: "3.0.1",
    info: { title: name, version: "1" },
    paths: { "/pets": { get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } } } },
  };
  const api = await sdk.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  const deployment = await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev", description: "initial from CI" }));
  await sdk.send(new CreateStageCommand({ restApiId: api.id, stageName: "prod", deploymentId: deployment.id }));
  return api.id!;
}

async function requireApiKeyOnGetPets(restApiId: string): Promise<void> {
  const resources = await sdk.send(new GetResourcesCommand({ restApiId }));
  const pets = resources.items!.find((resource) => resource.path === "/pets")!;
  await sdk.send(new UpdateMethodCommand({ restApiId, resourceId: pets.id, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] }));
}

/** A change to the working copy (a new operation name on GET /pets), so there is something to deploy. */
async function renameGetPetsOperation(restApiId: string, operationName: string): Promise<void> {
  const resources = await sdk.send(new GetResourcesCommand({ restApiId }));
  const pets = resources.items!.find((resource) => resource.path === "/pets")!;
  await sdk.send(new UpdateMethodCommand({ restApiId, resourceId: pets.id, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/operationName", value: operationName }] }));
}

async function setFaults(faults: Record<string, { kind: string; probability: number }>): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_archway/realism`, { method: "PUT", body: JSON.stringify({ latencyMs: 0, jitterMs: 0, rateLimits: false, faults }) });
  expect(response.status).toBe(200);
}

function stageRow(page: Page, stageName: string) {
  return page.getByRole("table", { name: "Stages" }).getByRole("row").filter({ has: page.getByRole("link", { name: stageName, exact: true }) });
}

async function deployFromDialog(page: Page, stageName: string, description: string): Promise<void> {
  await page.getByRole("button", { name: "Deploy", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Deploy the working copy" });
  await dialog.getByRole("combobox", { name: "Stage" }).click();
  await page.getByRole("option", { name: new RegExp(`^${stageName}`) }).click();
  await dialog.getByLabel(/Description/).fill(description);
  await expect(dialog.getByRole("list", { name: "Changes" })).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole("button", { name: `Deploy to ${stageName}` }).click();
}

/** The server action's id, from the production build's manifest or the dev server's. */
function actionId(file: string, exportedName: string): string {
  const candidates = [".next/server/server-reference-manifest.json", ".next/dev/server/server-reference-manifest.json"].map((path) => join(process.cwd(), path));
  for (const path of candidates.filter(existsSync)) {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
    const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName && action.filename?.endsWith(file));
    if (entry) return entry[0];
  }
  throw new Error(`server action ${exportedName} in ${file} is not in a build manifest`);
}

test.describe.serial("stages and click-to-deploy", () => {
  let restApiId = "";
  const description = uniqueName("require an API key");

  test.beforeAll(async () => {
    restApiId = await deployedApi(uniqueName("deploy-pets"));
    await requireApiKeyOnGetPets(restApiId);
  });

  test.use({ storageState: adminStatePath });
  // Each journey reads several exports and diffs; under `next dev` the first visit to each route also compiles it.
  test.beforeEach(() => test.slow());

  test("a deployer sees the undeployed change, reviews the diff, deploys to dev, and the history says who and why", async ({ page }) => {
    const base = `/env/sandbox/apis/${restApiId}`;
    await page.goto(`${base}/stages`);
    await expect(stageRow(page, "dev")).toContainText("1 undeployed change", { timeout: 90_000 });
    await expect(stageRow(page, "dev")).toContainText("initial from CI");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stages-stages.png", fullPage: true });

    await stageRow(page, "dev").getByRole("link", { name: "dev", exact: true }).click();
    const undeployed = page.getByRole("region", { name: "Undeployed changes" });
    // Generous: the first diff of a run may wait for the console to compile its route.
    await expect(undeployed.getByRole("list", { name: "Changes" }).getByRole("listitem")).toHaveCount(1, { timeout: 90_000 });
    await expect(undeployed).toContainText("GET /pets");
    await undeployed.getByText("GET /pets").click();
    await expect(undeployed).toContainText('"api_key"');
    await undeployed.getByRole("button", { name: "Raw OpenAPI diff" }).click();
    await expect(undeployed.getByLabel("Raw OpenAPI diff")).toContainText("api_key");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stages-stage-overview.png", fullPage: true });

    await deployFromDialog(page, "dev", description);
    const dialog = page.getByRole("dialog", { name: "Deploy the working copy" });
    await expect(dialog.getByRole("status").filter({ hasText: /Stage dev now serves deployment/ })).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByRole("list", { name: "Deploy steps" }).getByRole("listitem")).toHaveCount(3);
    await expect(dialog.getByText(`curl -i http://127.0.0.1`)).toBeVisible();
    await page.screenshot({ path: "/tmp/stages-deploy-dialog.png", fullPage: true });
    await dialog.getByRole("button", { name: "Done" }).click();

    await page.goto(`${base}/stages`);
    await expect(stageRow(page, "dev")).toContainText("Up to date", { timeout: 90_000 });
    await expect(stageRow(page, "dev")).toContainText(description);
    await expect(stageRow(page, "prod")).toContainText("1 undeployed change");

    await page.getByRole("link", { name: "Deployments" }).click();
    const activity = page.getByRole("table", { name: "Deploy activity" }).getByRole("row").filter({ hasText: description });
    await expect(activity).toContainText("ada@example.com", { timeout: 90_000 });
    await expect(activity).toContainText("Deployed");
    await expect(page.getByRole("table", { name: "Deployments" }).getByRole("row").filter({ hasText: "initial from CI" })).toContainText("Not made in Archway");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stages-deployments.png", fullPage: true });
  });

  test("an admin protects prod, and promoting dev to prod needs prod's name typed", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/stages/prod`);
    await page.getByLabel("Protected stage").check({ timeout: 90_000 });
    await expect(page.getByText("Stage prod is protected.")).toBeVisible();
    await page.getByRole("button", { name: "Promote dev to prod…" }).click();
    const dialog = page.getByRole("dialog", { name: "Promote dev to prod" });
    await expect(dialog.getByRole("list", { name: "Changes" })).toContainText("GET /pets", { timeout: 60_000 });
    const promote = dialog.getByRole("button", { name: "Promote" });
    await expect(promote).toBeDisabled();
    await dialog.getByLabel("Type prod to confirm").fill("prod");
    await page.screenshot({ path: "/tmp/stages-promote-dialog.png", fullPage: true });
    await promote.click();
    await expect(page.getByText("Stage prod now serves what dev serves.")).toBeVisible({ timeout: 60_000 });
    await page.goto(`/env/sandbox/apis/${restApiId}/stages`);
    await expect(stageRow(page, "prod")).toContainText("Up to date", { timeout: 90_000 });
    await expect(stageRow(page, "prod")).toContainText("Protected");
  });

  test("a deployer rolls dev back to the first deployment after seeing what changes", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/stages/dev`);
    const rollback = page.getByRole("region", { name: "Roll back" });
    const dialog = page.getByRole("dialog", { name: /^Roll dev back to / });
    // A click before the page has hydrated does nothing; click again until the dialog opens.
    await expect(async () => {
      await rollback.getByRole("row").filter({ hasText: "initial from CI" }).getByRole("button", { name: "Roll back…" }).click();
      await expect(dialog).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await expect(dialog.getByRole("list", { name: "Changes" })).toContainText("GET /pets", { timeout: 60_000 });
    await dialog.getByRole("button", { name: "Roll back" }).click();
    await expect(page.getByText(/Stage dev now serves deployment/)).toBeVisible({ timeout: 60_000 });
    await page.goto(`/env/sandbox/apis/${restApiId}/stages`);
    await expect(stageRow(page, "dev")).toContainText("1 undeployed change", { timeout: 90_000 });
    await page.goto(`/env/sandbox/apis/${restApiId}/deployments`);
    await expect(page.getByRole("table", { name: "Deploy activity" }).getByRole("row").filter({ hasText: "Rolled back" })).toContainText("ada@example.com", { timeout: 90_000 });
  });

  test("stage variables are edited, and where each is referenced is shown", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/stages/dev?tab=variables`);
    await page.getByRole("button", { name: "Add variable" }).click({ timeout: 90_000 });
    await page.getByLabel("Variable 1 name").fill("backendHost");
    await page.getByLabel("Variable 1 value").fill("dev.example.com");
    await expect(page.getByText("Unsaved changes: add backendHost")).toBeVisible();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved the variables of dev.")).toBeVisible({ timeout: 60_000 });
    await page.reload();
    await expect(page.getByLabel("Variable 1 value")).toHaveValue("dev.example.com");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stages-variables.png", fullPage: true });
  });

  test("under 30% injected 429s and 503s a deploy completes or says exactly what was applied", async ({ page }) => {
    for (const [round, faults] of [
      { CreateDeployment: { kind: "throttle", probability: 0.3 }, UpdateStage: { kind: "unavailable", probability: 0.3 } },
      { CreateDeployment: { kind: "unavailable", probability: 0.3 }, UpdateStage: { kind: "throttle", probability: 0.3 } },
    ].entries()) {
      // Each round deploys a change of its own: the previous round may already have deployed the last one.
      await renameGetPetsOperation(restApiId, `listPetsRound${round}`);
      await setFaults(faults);
      try {
        await page.goto(`/env/sandbox/apis/${restApiId}/stages`);
        await deployFromDialog(page, "dev", uniqueName("under faults"));
        const dialog = page.getByRole("dialog", { name: "Deploy the working copy" });
        const outcome = dialog.getByRole("status").filter({ hasText: /now serves deployment|was created, but|Nothing was changed/ }).or(dialog.getByRole("alert"));
        await expect(outcome.first()).toBeVisible({ timeout: 60_000 });
        await expect(outcome.first()).toHaveText(/Stage dev now serves deployment \w+\.|Deployment \w+ was created, but pointing stage dev at it failed|Nothing was changed: creating the deployment failed/);
      } finally {
        await setFaults({});
      }
    }
  });

  test("an editor sees no Deploy button, and the deploy action refuses a direct call", async ({ browser }) => {
    const editor = { name: "Eddie Editor", email: `${uniqueName("eddie")}@example.com`, password: "editor password 123" };
    const adminContext = await browser.newContext({ storageState: adminStatePath });
    const adminPage = await adminContext.newPage();
    await adminPage.goto("/admin/users");
    await adminPage.getByRole("button", { name: "Add user" }).click();
    const add = adminPage.getByRole("dialog", { name: "Add user" });
    await add.getByLabel("Name", { exact: true }).fill(editor.name);
    await add.getByLabel("Email").fill(editor.email);
    await add.getByLabel("Initial password").fill(editor.password);
    await add.getByRole("combobox", { name: "Role" }).click();
    await adminPage.getByRole("option", { name: /Editor/ }).click();
    await add.getByRole("button", { name: "Add user" }).click();
    await expect(adminPage.getByText(`Added ${editor.name} as editor`)).toBeVisible();

    // A context of its own, signed out: this describe block's storage state is the admin's.
    const editorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await editorContext.newPage();
    await page.goto(`/env/sandbox/apis/${restApiId}/stages`);
    await signIn(page, editor.email, editor.password);
    await expect(stageRow(page, "dev")).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole("button", { name: /^Deploy/ })).toHaveCount(0);

    const id = actionId("lib/actions/deployments/create-deployment.ts", "createDeploymentAction");
    const reply = await page.evaluate(
      async ({ id, restApiId }) => {
        const response = await fetch(window.location.pathname, {
          method: "POST",
          headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
          body: JSON.stringify([{ envId: "sandbox", restApiId, stageName: "dev", description: "sneaky" }]),
        });
        return { status: response.status, body: await response.text() };
      },
      { id, restApiId },
    );
    expect(reply.body).toContain('"ok":false');
    expect(reply.body).toContain('"code":"forbidden"');
    await adminContext.close();
    await editorContext.close();
  });
});
