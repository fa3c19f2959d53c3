import { readFileSync } from "node:fs";
import { CreateModelCommand, CreateRequestValidatorCommand, GetMethodCommand } from "@aws-sdk/client-api-gateway";
import { expect, test, type Page } from "@playwright/test";
import { adminStatePath, expectAccessible, uniqueName } from "./support/console";
import { sandboxApiGateway } from "./support/sandbox-sdk";

test.use({ storageState: adminStatePath });
test.describe.configure({ timeout: 360_000 });

async function addMethod(page: Page, verb: string) {
  await page.getByRole("button", { name: "Add method" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add method" });
  await dialog.getByRole("combobox", { name: "HTTP method" }).click();
  await page.getByRole("option", { name: verb, exact: true }).click();
  await dialog.getByRole("button", { name: `Add ${verb}` }).click();
  await expect(page).toHaveURL(new RegExp(`/methods/${verb}$`), { timeout: 90_000 });
}

async function saveThroughPlan(page: Page) {
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("dialog", { name: /^Save / }).getByRole("button", { name: /^Save \(\d+ calls?\)$/ }).click();
}

test("a person builds a small API in the designer, test-invokes it, exports it and imports the file as a second API", async ({ page }) => {
  const name = uniqueName("shop");
  await page.goto("/env/sandbox/apis");
  await page.getByRole("button", { name: "Create API" }).first().click();
  const create = page.getByRole("dialog", { name: "Create REST API" });
  await create.getByLabel("Name", { exact: true }).fill(name);
  await create.getByRole("button", { name: "Create API" }).click();
  await page.getByRole("row", { name: new RegExp(name) }).getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/apis\/[a-z0-9]+$/);
  const restApiId = /\/apis\/([a-z0-9]+)/.exec(page.url())![1]!;

  // A resource, clicked into the tree.
  await page.getByRole("link", { name: "Resources" }).click();
  await page.getByRole("button", { name: "Add child resource" }).first().click();
  const child = page.getByRole("dialog", { name: "Add child resource" });
  await child.getByLabel("Path part").fill("pets");
  await child.getByRole("button", { name: "Create resource" }).click();
  await expect(page.getByRole("heading", { name: "/pets", exact: true })).toBeVisible();

  // GET with a MOCK integration answering JSON.
  await addMethod(page, "GET");
  await page.getByRole("navigation", { name: "Request flow" }).getByRole("link", { name: /Integration response/ }).click();
  await page.getByRole("button", { name: "Response 200 template application/json" }).click();
  await page.getByRole("textbox", { name: "Response 200 template application/json" }).click();
  await page.keyboard.type('{"pets": [{"name": "Rex"}]}');
  await saveThroughPlan(page);
  await expect(page.getByText("Saved GET /pets (1 AWS call)")).toBeVisible();

  // Test it on the working copy, from the method editor.
  await page.getByRole("button", { name: "Test GET /pets" }).click();
  const response = page.getByRole("region", { name: "Response" });
  await expect(response.getByLabel("Status 200")).toBeVisible();
  await expect(response.getByLabel("Response body")).toContainText('"name": "Rex"');

  // POST with a request model and a body validator (made the way a teammate's script would; their screens are tested elsewhere).
  const sdk = sandboxApiGateway();
  await sdk.send(new CreateModelCommand({ restApiId, name: "Pet", contentType: "application/json", schema: JSON.stringify({ type: "object", required: ["name"], properties: { name: { type: "string" } } }) }));
  await sdk.send(new CreateRequestValidatorCommand({ restApiId, name: "body-only", validateRequestBody: true, validateRequestParameters: false }));
  await addMethod(page, "POST");
  await page.getByRole("combobox", { name: "Request validator" }).click();
  await page.getByRole("option", { name: /body-only/ }).click();
  await page.getByRole("button", { name: "Add request model" }).click();
  await page.getByRole("combobox", { name: "Request model 1 model" }).click();
  await page.getByRole("option", { name: "Pet" }).click();
  await saveThroughPlan(page);
  await expect(page.getByText("Saved POST /pets (1 AWS call)")).toBeVisible();
  const resourceId = /\/resources\/([a-z0-9]+)\//.exec(page.url())![1]!;
  expect(await sdk.send(new GetMethodCommand({ restApiId, resourceId, httpMethod: "POST" }))).toMatchObject({ requestModels: { "application/json": "Pet" } });
  await expectAccessible(page);

  // Export the working copy and import the file as a second API.
  await page.getByRole("link", { name: "Overview" }).click();
  await page.getByRole("button", { name: "Export…" }).click();
  const exportDialog = page.getByRole("dialog", { name: `Export “${name}”` });
  const [download] = await Promise.all([page.waitForEvent("download"), exportDialog.getByRole("link", { name: "Download" }).click()]);
  const exported = readFileSync((await download.path())!, "utf8");
  expect(exported).toContain("/pets:");
  expect(exported).toContain("Pet");

  await page.goto("/env/sandbox/apis");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const importDialog = page.getByRole("dialog", { name: "Import OpenAPI" });
  await importDialog.locator('input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: "application/yaml", buffer: Buffer.from(exported) });
  await importDialog.getByRole("button", { name: "Review" }).click();
  await expect(importDialog.getByRole("region", { name: "Import preview" })).toContainText("/pets");
  await importDialog.getByRole("button", { name: "Create API" }).click();
  await expect(importDialog.getByRole("region", { name: "Import result" })).toContainText(`Created API ${name}`, { timeout: 60_000 });
  await importDialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(2);
});
