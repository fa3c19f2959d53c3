import {
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetIntegrationCommand,
  GetMethodCommand,
  GetResourcesCommand,
  UpdateMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { expect, test, type Page } from "@playwright/test";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway, setSandboxFaults } from "./support/sandbox-sdk";
import { addUserAsAdmin } from "./support/users";

test.use({ storageState: adminStatePath });
// The editor route compiles on first use under `next dev`; a busy machine needs more than the default two minutes.
test.describe.configure({ mode: "serial", timeout: 360_000 });

const sdk = sandboxApiGateway();
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/designer-method-${name}.png`, fullPage: true });
let api: { id: string; resourceId: string; validatorId: string };

test.beforeAll(async () => {
  const created = await sdk.send(new CreateRestApiCommand({ name: uniqueName("designer"), endpointConfiguration: { types: ["REGIONAL"] } }));
  const restApiId = created.id!;
  const root = (await sdk.send(new GetResourcesCommand({ restApiId }))).items!.find((item) => item.path === "/")!;
  const pets = await sdk.send(new CreateResourceCommand({ restApiId, parentId: root.id!, pathPart: "pets" }));
  // Models and validators have their own screens elsewhere; here they are made the way a script would.
  await sdk.send(new CreateModelCommand({ restApiId, name: "Pet", contentType: "application/json", schema: JSON.stringify({ type: "object", required: ["name"], properties: { name: { type: "string" } } }) }));
  const validator = await sdk.send(new CreateRequestValidatorCommand({ restApiId, name: "body-only", validateRequestBody: true, validateRequestParameters: false }));
  api = { id: restApiId, resourceId: pets.id!, validatorId: validator.id! };
});

const methodUrl = (verb: string, part?: string) => `/env/sandbox/apis/${api.id}/resources/${api.resourceId}/methods/${verb}${part ? `?part=${part}` : ""}`;

async function addMethod(page: Page, verb: string) {
  await page.getByRole("button", { name: "Add method" }).click();
  const dialog = page.getByRole("dialog", { name: "Add method" });
  await dialog.getByRole("combobox", { name: "HTTP method" }).click();
  await page.getByRole("option", { name: verb, exact: true }).click();
  await dialog.getByRole("button", { name: `Add ${verb}` }).click();
  await expect(page).toHaveURL(new RegExp(`/methods/${verb}$`), { timeout: 90_000 });
  await expect(page.getByRole("navigation", { name: "Request flow" }).getByText(verb, { exact: true })).toBeVisible({ timeout: 60_000 });
}

async function saveThroughPlan(page: Page, expectedCall: RegExp) {
  await page.getByRole("button", { name: "Save changes" }).click();
  const plan = page.getByRole("dialog", { name: /^Save / });
  await expect(plan.getByRole("list", { name: "AWS calls" })).toContainText(expectedCall);
  await plan.getByRole("button", { name: /^Save \(\d+ calls?\)$/ }).click();
}

test("an editor adds GET with a mock through the dialog, edits its response template in the code editor, and it is kept", async ({ page }) => {
  await page.goto(methodUrl("GET"));
  await expect(page.getByRole("heading", { name: "/pets has no GET method" })).toBeVisible();
  await addMethod(page, "GET");
  const flow = page.getByRole("navigation", { name: "Request flow" });
  await expect(flow).toContainText("MOCK · 1 template");
  await shot(page, "method-request");
  await expectAccessible(page);

  await flow.getByRole("link", { name: /Integration response/ }).click();
  await expect(page).toHaveURL(/\?part=integration-response$/);
  const response = page.getByRole("region", { name: "Response 200" });
  await response.getByRole("button", { name: "Response 200 template application/json" }).click();
  const editor = page.getByRole("textbox", { name: "Response 200 template application/json" });
  await editor.click();
  await page.keyboard.type('{"pets": [{"name": "Rex"}]}');
  await expect(page.getByText(/Unsaved changes: Integration response 200 template application\/json/)).toBeVisible();
  await shot(page, "responses");
  await saveThroughPlan(page, /UpdateIntegrationResponse 200: replace \/responseTemplates\/application~1json/);
  await expect(page.getByText("Saved GET /pets (1 AWS call)")).toBeVisible();
  await expect(page.getByText("No changes")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "Response 200 template application/json" }).click();
  await expect(page.getByRole("textbox", { name: "Response 200 template application/json" })).toContainText('{"pets": [{"name": "Rex"}]}');
  const stored = await sdk.send(new GetIntegrationCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: "GET" }));
  expect(stored.integrationResponses?.["200"]?.responseTemplates?.["application/json"]).toBe('{"pets": [{"name": "Rex"}]}');

  await page.goto(methodUrl("GET", "integration-request"));
  await expect(page.getByRole("heading", { name: "Integration request" })).toBeVisible();
  await shot(page, "integration-request");
});

test("POST gets a request model and a body validator; a change made with the SDK meanwhile is reported, not overwritten", async ({ page }) => {
  await page.goto(methodUrl("GET"));
  await addMethod(page, "POST");
  await page.getByRole("combobox", { name: "Request validator" }).click();
  await page.getByRole("option", { name: /body-only/ }).click();
  await page.getByRole("button", { name: "Add request model" }).click();
  await page.getByRole("combobox", { name: "Request model 1 model" }).click();
  await page.getByRole("option", { name: "Pet" }).click();
  await saveThroughPlan(page, /UpdateMethod: replace \/requestValidatorId, add \/requestModels\/application~1json/);
  await expect(page.getByText("Saved POST /pets (1 AWS call)")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Request flow" })).toContainText("NONE · 1 model · validator: body");
  const post = await sdk.send(new GetMethodCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: "POST" }));
  expect(post).toMatchObject({ requestValidatorId: api.validatorId, requestModels: { "application/json": "Pet" } });

  // Someone else renames the operation while this page is open.
  await sdk.send(new UpdateMethodCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: "POST", patchOperations: [{ op: "replace", path: "/operationName", value: "CreatePet" }] }));
  await page.getByLabel("API key required").check();
  await saveThroughPlan(page, /UpdateMethod: replace \/apiKeyRequired/);
  const conflict = page.getByRole("alert").filter({ hasText: "Not saved" });
  await expect(conflict.getByRole("list", { name: "Changes made elsewhere" })).toContainText("Operation name added: CreatePet");
  await shot(page, "conflict");
  const after = await sdk.send(new GetMethodCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: "POST" }));
  expect(after).toMatchObject({ operationName: "CreatePet", apiKeyRequired: false });

  await conflict.getByRole("button", { name: /Reload the latest/ }).click();
  await expect(page.getByLabel(/Operation name/)).toHaveValue("CreatePet");
  await expect(page.getByLabel("API key required")).not.toBeChecked();
});

test("with 30% of sandbox calls throttled, a multi-call save completes or says exactly what was saved", async ({ page }) => {
  await page.goto(methodUrl("GET", "method-request"));
  await page.getByLabel(/Operation name/).fill("ListPets");
  await page.getByLabel("API key required").check();
  await page.getByRole("link", { name: /Integration request/ }).click();
  await page.getByLabel("Timeout (ms)").fill("20");
  await expect(page.getByText("Use a whole number of milliseconds from 50 to 29,000.")).toBeVisible();
  await page.getByLabel("Timeout (ms)").fill("5000");
  await page.getByRole("link", { name: /Integration response/ }).click();
  await page.getByLabel("New status code").fill("404");
  await page.getByRole("button", { name: "Add response", exact: true }).click();

  await setSandboxFaults({ "*": "throttle:0.3" });
  try {
    await saveThroughPlan(page, /PutMethodResponse 404/);
    const saved = page.getByText(/^Saved GET \/pets \(4 AWS calls\)$/);
    const partial = page.getByRole("alert").filter({ hasText: "Saved only in part" });
    await expect(saved.or(partial)).toBeVisible({ timeout: 60_000 });
    if (await partial.isVisible()) {
      await shot(page, "partial-save");
      await expect(partial.getByRole("list", { name: "Not sent" })).not.toBeEmpty();
      await setSandboxFaults({});
      await partial.getByRole("button", { name: "Retry the rest" }).click();
      await expect(page.getByText(/^Saved GET \/pets/)).toBeVisible();
    }
  } finally {
    await setSandboxFaults({});
  }
  const method = await sdk.send(new GetMethodCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: "GET" }));
  expect(method).toMatchObject({ operationName: "ListPets", apiKeyRequired: true, methodIntegration: { timeoutInMillis: 5000 } });
  expect(Object.keys(method.methodResponses ?? {}).sort()).toEqual(["200", "404"]);
  expect(Object.keys(method.methodIntegration?.integrationResponses ?? {}).sort()).toEqual(["200", "404"]);
});

test("a viewer sees the method editor read-only", async ({ browser }) => {
  const viewer = await addUserAsAdmin(browser, "Viewer", "Val Viewer");
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await page.goto(methodUrl("GET"));
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByRole("heading", { name: "Method request" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("You can view this method. Changing it needs the editor role.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel(/Operation name/)).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("API key required")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add method" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete method" })).toHaveCount(0);
  await shot(page, "viewer");
  await context.close();
});
