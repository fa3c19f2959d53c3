import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { CreateDeploymentCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, uniqueName } from "./support/console";
import { sandboxApiGateway } from "./support/sandbox-sdk";

test.use({ storageState: adminStatePath });
test.describe.configure({ mode: "serial", timeout: 300_000 });

const apiName = uniqueName("greetings");
let apiId = "";

/** A MOCK API with a path parameter, and one operation whose integration AWS will warn about. */
function document(withVersion: boolean): string {
  return [
    "openapi: 3.0.1",
    "info:",
    `  title: ${apiName}`,
    ...(withVersion ? ['  version: "1"'] : []),
    "paths:",
    "  /hello/{name}:",
    "    get:",
    "      parameters:",
    "        - { name: name, in: path, required: true, schema: { type: string } }",
    "      responses:",
    '        "200": { description: ok }',
    "      x-amazon-apigateway-integration:",
    "        type: mock",
    "        requestTemplates:",
    "          application/json: '{\"statusCode\": 200}'",
    "        responses:",
    "          default:",
    '            statusCode: "200"',
    "            responseTemplates:",
    "              application/json: '{\"hello\": \"$input.params(''name'')\"}'",
    "  /legacy:",
    "    get:",
    "      responses:",
    '        "200": { description: ok }',
    "      x-amazon-apigateway-integration: { type: bogus }",
    "",
  ].join("\n");
}

async function upload(page: Page, name: string, text: string) {
  await page.getByRole("dialog").locator('input[type="file"]').setInputFiles({ name, mimeType: "application/yaml", buffer: Buffer.from(text) });
}

test("an editor imports a YAML document: the error points at its line, then a preview, then AWS's warnings; the export imports again", async ({ page }) => {
  await page.goto("/env/sandbox/apis");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import OpenAPI" });
  await upload(page, "greetings.yaml", document(false));
  await expect(dialog.getByText("Loaded greetings.yaml")).toBeVisible();
  await dialog.getByRole("button", { name: "Review" }).click();
  const problems = dialog.getByRole("region", { name: "Problems in the document" });
  await expect(problems).toContainText("1 error");
  await expect(problems.getByRole("listitem").first()).toContainText("Line 2:1");
  await expect(problems.getByRole("listitem").first()).toContainText("version");
  await expect(dialog.getByRole("button", { name: "Create API" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/openapi-invoke-import-errors.png", fullPage: true });

  await upload(page, "greetings.yaml", document(true));
  await dialog.getByRole("button", { name: "Review" }).click();
  const preview = dialog.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("OpenAPI 3 document");
  await expect(preview).toContainText("4 resources, 2 methods");
  await expect(preview.getByRole("row", { name: /\/hello\/\{name\}/ })).toContainText("GET");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/openapi-invoke-import-preview.png", fullPage: true });

  await dialog.getByRole("button", { name: "Create API" }).click();
  const result = dialog.getByRole("region", { name: "Import result" });
  await expect(result).toContainText(`Created API ${apiName}`, { timeout: 60_000 });
  await expect(result.getByRole("list", { name: "Import warnings" })).toContainText("Invalid integration type bogus");
  await result.getByRole("link", { name: apiName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(apiName);
  apiId = page.url().split("/").pop()!;

  await page.getByRole("button", { name: "Export…" }).click();
  const exportDialog = page.getByRole("dialog", { name: `Export “${apiName}”` });
  await expect(exportDialog.getByLabel("Source")).toContainText("Working copy");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/openapi-invoke-export.png", fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), exportDialog.getByRole("link", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^oas30_working-copy_.*\.yaml$/);
  const exported = readFileSync((await download.path())!, "utf8");
  expect(exported).toContain("openapi: 3.0.1");
  expect(exported).toContain("/hello/{name}:");
  expect(exported).toContain("x-amazon-apigateway-integration:");

  await page.getByRole("link", { name: "APIs", exact: true }).first().click();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await upload(page, download.suggestedFilename(), exported);
  await dialog.getByRole("button", { name: "Review" }).click();
  await expect(dialog.getByRole("region", { name: "Import preview" })).toContainText("/hello/{name}");
  await dialog.getByRole("button", { name: "Create API" }).click();
  await expect(dialog.getByRole("region", { name: "Import result" })).toContainText(`Created API ${apiName}`);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("row", { name: new RegExp(apiName) })).toHaveCount(2);
});

test("an editor test-invokes a MOCK GET on the working copy, then through a deployed stage", async ({ page }) => {
  expect(apiId, "the import journey creates the API").not.toBe("");
  await page.goto(`/env/sandbox/apis/${apiId}`);
  await page.getByRole("link", { name: "Test invoke" }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/test-invoke`));
  await expect(page.getByLabel("Resource")).toContainText("/hello/{name}");
  await page.getByLabel("Path parameter name").fill("ada");
  await page.getByLabel("Query string").fill("lang=en");
  await page.getByRole("button", { name: "Test GET /hello/{name}" }).click();
  const response = page.getByRole("region", { name: "Response" });
  await expect(response.getByLabel("Status 200")).toBeVisible();
  await expect(response.getByLabel("Response body")).toContainText('"hello": "ada"');
  const log = response.getByRole("list", { name: "Execution log" });
  await expect(log).toContainText("Method request");
  await expect(log).toContainText("Method request query string: {lang=en}");
  await expect(log).toContainText("Method completed with status: 200");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/openapi-invoke-test-invoke.png", fullPage: true });

  const sdk = sandboxApiGateway();
  await sdk.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "prod" }));
  await page.reload();
  await page.getByText("Deployed stage").click();
  await expect(page.getByRole("combobox", { name: "Stage" })).toContainText("prod");
  await page.getByLabel("Path parameter name").fill("grace");
  await page.getByRole("button", { name: "Test GET /hello/{name}" }).click();
  await expect(response.getByLabel("Status 200")).toBeVisible();
  await expect(response).toContainText("Stage prod");
  await expect(response).toContainText(`/_aws/execute-api/${apiId}/prod/hello/grace`);
  await expect(response.getByLabel("Response body")).toContainText('"hello": "grace"');
  await page.screenshot({ path: "/tmp/openapi-invoke-test-invoke-stage.png", fullPage: true });
});
