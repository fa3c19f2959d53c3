import { expect, test, type Page } from "@playwright/test";
import { CreateDeploymentCommand, ImportRestApiCommand, UpdateAccountCommand, UpdateStageCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway } from "./support/sandbox-sdk";
import { addUserAsAdmin } from "./support/users";

const sdk = sandboxApiGateway({ maxAttempts: 1 });
const logGroup = "arn:aws:logs:us-east-1:123456789012:log-group:pets-access-logs";

const mock = { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } };

/** An API with GET and POST /pets deployed to prod, in an account whose CloudWatch logging role is set. */
async function deployedApi(name: string): Promise<string> {
  const document = { openapi: "3.0.1", info: { title: name, version: "1" }, paths: { "/pets": { get: mock, post: mock } } };
  const api = await sdk.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));
  await sdk.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/apigateway-logs" }] }));
  return api.id!;
}

const changesToSend = (page: Page) => page.getByRole("list", { name: "Patch operations" });
const methodRow = (page: Page, name: string) => page.getByRole("table", { name: "Per-method logging" }).getByRole("row").filter({ hasText: name });

test.describe.serial("stage settings and logs", () => {
  let restApiId = "";
  let stageUrl = "";

  test.use({ storageState: adminStatePath });
  test.beforeEach(() => test.slow());

  test.beforeAll(async () => {
    restApiId = await deployedApi(uniqueName("stage-logs"));
    stageUrl = `/env/sandbox/apis/${restApiId}/stages/prod`;
  });

  test("a deployer turns on INFO logging with a method override, detailed metrics and JSON access logs, and sees the exact patch first", async ({ page }) => {
    await page.goto(`${stageUrl}?tab=logs`);
    await expect(page.getByText("API Gateway writes logs in us-east-1 as")).toBeVisible({ timeout: 90_000 });
    await page.getByRole("group", { name: "Stage default execution log" }).getByText("Errors and info").click();
    await page.getByLabel("Emit per-method metrics").check();
    await expect(page.getByLabel("Detailed metrics cost")).toHaveText("$3.00 / month for 2 methods (10 custom metrics)");

    await page.getByRole("button", { name: "Override GET /pets" }).click();
    await methodRow(page, "GET /pets").getByRole("combobox", { name: "Execution log for GET /pets" }).click();
    await page.getByRole("option", { name: "Errors only" }).click();
    await page.getByLabel("Detailed metrics for GET /pets").uncheck();
    await expect(page.getByLabel("Detailed metrics cost")).toHaveText("$1.50 / month for 1 method (5 custom metrics)");

    await page.getByLabel("Send access logs").check();
    await page.getByLabel("Destination ARN").fill(`${logGroup}:*`);
    await expect(page.getByText("Leave off the trailing \":*\"")).toBeVisible();
    await page.getByLabel("Destination ARN").fill(logGroup);
    await page.getByRole("combobox", { name: "Context variable" }).click();
    await page.getByRole("option", { name: /\$context\.responseLatency/ }).click();
    await page.getByRole("button", { name: "Insert variable" }).click();
    await expect(page.getByLabel("Log format")).toHaveValue(/\$context\.responseLatency$/);
    await page.getByRole("button", { name: "JSON" }).click();
    await expect(page.getByRole("button", { name: "JSON" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByLabel("Access log preview")).toContainText('"httpMethod":"GET"');

    await expect(changesToSend(page)).toContainText("/*/*/logging/loglevel");
    await expect(changesToSend(page)).toContainText("/~1pets/GET/logging/loglevel");
    await expect(changesToSend(page)).toContainText("/accessLogSettings/destinationArn");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stage-settings-logs-logs-edit.png", fullPage: true });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved logging and metrics of prod.")).toBeVisible({ timeout: 60_000 });
  });

  test("a deployer turns on X-Ray tracing from the Settings tab, with its price beside it", async ({ page }) => {
    await page.goto(`${stageUrl}?tab=settings`);
    await expect(page.getByText("$5.00 per million traces recorded")).toBeVisible({ timeout: 90_000 });
    await page.getByLabel("Trace requests with AWS X-Ray").check();
    await expect(changesToSend(page).getByRole("listitem")).toHaveText(['replace/tracingEnabled= "true"']);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved the settings of prod.")).toBeVisible({ timeout: 60_000 });
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stage-settings-logs-settings.png", fullPage: true });
  });

  test("after a reload every setting is held as AWS now has it", async ({ page }) => {
    await page.goto(`${stageUrl}?tab=logs`);
    await expect(page.getByRole("group", { name: "Stage default execution log" }).getByRole("radio", { name: "Errors and info" })).toBeChecked({ timeout: 90_000 });
    await expect(page.getByLabel("Emit per-method metrics")).toBeChecked();
    await expect(methodRow(page, "GET /pets")).toContainText("Override");
    await expect(methodRow(page, "POST /pets")).toContainText("Stage default");
    await expect(page.getByLabel("Detailed metrics cost")).toHaveText("$1.50 / month for 1 method (5 custom metrics)");
    await expect(page.getByLabel("Destination ARN")).toHaveValue(logGroup);
    await expect(page.getByRole("button", { name: "JSON" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("No changes")).toBeVisible();
    await page.screenshot({ path: "/tmp/stage-settings-logs-logs.png", fullPage: true });

    await page.goto(`${stageUrl}?tab=settings`);
    await expect(page.getByLabel("Trace requests with AWS X-Ray")).toBeChecked({ timeout: 90_000 });
  });

  test("data trace on a protected stage is warned against, with the reason", async ({ page }) => {
    await page.goto(stageUrl);
    await page.getByLabel("Protected stage").check({ timeout: 90_000 });
    await expect(page.getByText("Stage prod is protected.")).toBeVisible({ timeout: 60_000 });
    await page.goto(`${stageUrl}?tab=logs`);
    await page.getByLabel("Log full requests and responses").check({ timeout: 90_000 });
    await expect(page.getByText("Keep data trace off on this protected stage.")).toBeVisible();
    await expect(page.getByText(/tokens,\s+passwords and personal data end up in the logs/)).toBeVisible();
    await page.screenshot({ path: "/tmp/stage-settings-logs-data-trace.png", fullPage: true });
  });

  test("a viewer sees every setting read-only", async ({ browser }) => {
    const viewer = await addUserAsAdmin(browser, "Viewer", "Vic Viewer");
    // The file's admin storage state would otherwise carry over into this context.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(`${stageUrl}?tab=logs`);
    await signIn(page, viewer.email, viewer.password);
    await expect(page.getByText("Changing logging needs the deployer role")).toBeVisible({ timeout: 90_000 });
    await expect(methodRow(page, "GET /pets")).toContainText("Errors only");
    await expect(page.getByLabel("Detailed metrics cost")).toHaveText("$1.50 / month for 1 method (5 custom metrics)");
    await expect(page.getByLabel("Destination ARN")).toHaveAttribute("readonly", "");
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/stage-settings-logs-logs-viewer.png", fullPage: true });

    await page.goto(`${stageUrl}?tab=settings`);
    await expect(page.getByText("Changing stage settings needs the deployer role")).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Stage settings" })).toContainText("On");
    await context.close();
  });

  test("a change made elsewhere after the page loaded is refused, naming what changed, and the form keeps the edit", async ({ page }) => {
    await page.goto(`${stageUrl}?tab=logs`);
    await page.getByLabel("Emit per-method metrics").uncheck({ timeout: 90_000 });
    // Someone else (the CLI, Terraform) changes the stage default log level meanwhile.
    await sdk.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "replace", path: "/*/*/logging/loglevel", value: "ERROR" }] }));
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The stage changed since this page loaded (stage default logging and metrics)" })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByLabel("Emit per-method metrics")).not.toBeChecked();
    await page.screenshot({ path: "/tmp/stage-settings-logs-conflict.png", fullPage: true });
  });
});
