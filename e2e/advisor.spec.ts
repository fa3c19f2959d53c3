import { expect, test, type Locator, type Page } from "@playwright/test";
import { CreateDeploymentCommand, GetResourcesCommand, ImportRestApiCommand, PutIntegrationResponseCommand, PutMethodResponseCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { addUserAsAdmin } from "./support/users";
import { sandboxApiGateway } from "./support/sandbox-sdk";

const sdk = sandboxApiGateway({ maxAttempts: 2 });

const corsTitle = "Any origin allowed together with credentials";
const throttleTitle = "Stage not throttled below the account limit";
const errorsTitle = "Default error responses not customised";

/**
 * An API as a team might leave it: a MOCK GET /pets whose 200 maps Access-Control-Allow-Origin '*' together with
 * Access-Control-Allow-Credentials 'true', deployed to prod with no throttling and AWS's default error responses.
 */
async function careless(name: string): Promise<string> {
  const document = {
    openapi: "3.0.1",
    info: { title: name, version: "1" },
    paths: { "/pets": { get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } } } },
  };
  const api = await sdk.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  const restApiId = api.id!;
  const pets = (await sdk.send(new GetResourcesCommand({ restApiId }))).items!.find((resource) => resource.path === "/pets")!;
  const at = { restApiId, resourceId: pets.id, httpMethod: "GET", statusCode: "200" };
  await sdk.send(new PutMethodResponseCommand({ ...at, responseParameters: { "method.response.header.Access-Control-Allow-Origin": false, "method.response.header.Access-Control-Allow-Credentials": false } }));
  await sdk.send(
    new PutIntegrationResponseCommand({
      ...at,
      selectionPattern: "",
      responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'", "method.response.header.Access-Control-Allow-Credentials": "'true'" },
    }),
  );
  await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", description: "first release" }));
  return restApiId;
}

const finding = (page: Page, title: string | RegExp): Locator => page.getByRole("listitem", { name: title });

async function applyFix(page: Page, title: string | RegExp): Promise<void> {
  await finding(page, title).getByRole("button", { name: /^Review fix/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("list", { name: "Planned calls" })).toBeVisible();
  await dialog.getByRole("button", { name: /^Apply \d+ change/ }).click();
  await expect(dialog.getByRole("status")).toHaveText(/Applied all \d+ change/);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(finding(page, title)).toHaveCount(0);
}

test.use({ storageState: adminStatePath });

test("the advisor finds wildcard-with-credentials CORS, an unthrottled stage and default error responses, fixes each after review, and the audit log records the fixes", async ({ page }) => {
  // Three reviewed fixes, each re-reading the API on the server, and four screens: more than one default journey's time.
  test.slow();
  const name = uniqueName("careless");
  const restApiId = await careless(name);

  await page.goto("/env/sandbox/advisor");
  await expect(page.getByRole("heading", { name: "Advisor", level: 1 })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row.getByLabel(/^Score \d+ out of 100$/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/All \d+ APIs? checked/)).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/advisor-ui-environment.png", fullPage: true });

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${restApiId}/advisor$`), { timeout: 60_000 });
  await expect(finding(page, corsTitle)).toBeVisible();
  await expect(finding(page, throttleTitle)).toBeVisible();
  await expect(finding(page, errorsTitle)).toBeVisible();
  await expect(finding(page, corsTitle).getByRole("list", { name: "Evidence" })).toContainText("Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/advisor-ui-api.png", fullPage: true });

  await finding(page, throttleTitle).getByRole("button", { name: /^Review fix/ }).click();
  await expect(page.getByRole("dialog").getByRole("list", { name: "Planned calls" })).toContainText("UpdateStage");
  await page.screenshot({ path: "/tmp/advisor-ui-review-fix.png" });
  await page.keyboard.press("Escape");

  for (const title of [corsTitle, throttleTitle, errorsTitle]) await applyFix(page, title);
  await page.reload();
  for (const title of [corsTitle, throttleTitle, errorsTitle]) await expect(finding(page, title)).toHaveCount(0);
  await page.screenshot({ path: "/tmp/advisor-ui-api-fixed.png", fullPage: true });

  await page.goto("/audit?action=advisor.apply-fix");
  const fixes = page.getByRole("table", { name: "Audit events" }).getByRole("row").filter({ hasText: restApiId });
  await expect(fixes).toHaveCount(3);
  await expect(fixes.filter({ hasText: "Succeeded" })).toHaveCount(3);
});

test("a finding dismissed with a reason moves to Dismissed and comes back when restored", async ({ page }) => {
  const name = uniqueName("dismissible");
  const restApiId = await careless(name);
  await page.goto(`/env/sandbox/apis/${restApiId}/advisor`);
  await finding(page, corsTitle).getByRole("button", { name: /^Dismiss/ }).click();
  const dialog = page.getByRole("dialog", { name: "Dismiss finding" });
  await dialog.getByRole("button", { name: "Dismiss finding" }).click();
  await expect(dialog.getByText(/Say why this finding does not apply/)).toBeVisible();
  await dialog.getByLabel("Reason").fill("Internal tool: no browser sends cookies to it");
  await dialog.getByRole("button", { name: "Dismiss finding" }).click();
  const dismissed = page.getByRole("list", { name: "Dismissed findings" });
  await expect(dismissed.getByRole("listitem", { name: corsTitle })).toContainText("Internal tool: no browser sends cookies to it");
  await expect(page.getByRole("list", { name: "CORS findings" }).getByRole("listitem", { name: corsTitle })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/advisor-ui-dismissed.png", fullPage: true });

  await dismissed.getByRole("button", { name: `Restore: ${corsTitle}` }).click();
  await expect(page.getByRole("list", { name: "CORS findings" }).getByRole("listitem", { name: corsTitle })).toBeVisible();
  await expect(page.getByRole("list", { name: "Dismissed findings" })).toHaveCount(0);
});

test("the stage Overview and the deploy dialog list the advisor's findings about that stage", async ({ page }) => {
  test.slow();
  const restApiId = await careless(uniqueName("placements"));
  await page.goto(`/env/sandbox/apis/${restApiId}/stages/prod`);
  const stagePanel = page.getByRole("region", { name: "Advisor findings for prod" });
  await expect(stagePanel.getByRole("listitem", { name: throttleTitle })).toBeVisible({ timeout: 60_000 });
  await expect(stagePanel.getByRole("link", { name: "Open the advisor" })).toHaveAttribute("href", `/env/sandbox/apis/${restApiId}/advisor`);
  await page.screenshot({ path: "/tmp/advisor-ui-stage-overview.png", fullPage: true });

  await page.getByRole("button", { name: "Deploy", exact: true }).click();
  const checklist = page.getByRole("dialog").getByRole("region", { name: "Pre-deploy checklist for prod" });
  await expect(checklist.getByRole("listitem", { name: throttleTitle })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: "/tmp/advisor-ui-deploy-checklist.png" });
});

test("a viewer reads the findings and the planned calls but has no Apply, Dismiss or Restore", async ({ browser }) => {
  test.slow();
  const restApiId = await careless(uniqueName("viewer-view"));
  const viewer = await addUserAsAdmin(browser, "Viewer", "Vera Viewer");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, viewer.email, viewer.password);
  await expect(page).toHaveURL(/\/env\//);
  await page.goto(`/env/sandbox/apis/${restApiId}/advisor`);
  await expect(finding(page, throttleTitle)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);
  await finding(page, throttleTitle).getByRole("button", { name: /^Review fix/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("list", { name: "Planned calls" })).toContainText("UpdateStage");
  await expect(dialog.getByText("Applying a fix needs the deployer role")).toBeVisible();
  await expect(dialog.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
  await context.close();
});

test("the environment advisor keeps its filters and order in the URL", async ({ page }) => {
  test.slow();
  const name = uniqueName("filtered");
  await careless(name);
  await page.goto("/env/sandbox/advisor?severity=high&sort=score");
  await expect(page.getByRole("combobox", { name: "Severity" })).toHaveText("High");
  await expect(page.getByRole("combobox", { name: "Order" })).toHaveText("Lowest score first");
  await expect(page.getByText(/All \d+ APIs? checked/)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name }) })).toBeVisible();
  await page.getByRole("combobox", { name: "Category" }).click();
  await page.getByRole("option", { name: "Cold starts" }).click();
  await expect(page).toHaveURL(/severity=high&category=cold-starts&sort=score/);
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name }) })).toHaveCount(0);
  await expect(page.getByText("No API has a finding that matches these filters.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/advisor-ui-environment-filtered.png", fullPage: true });
});
