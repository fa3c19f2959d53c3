import { expect, test, type Page } from "@playwright/test";
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway, sandboxUrl } from "./support/sandbox-sdk";

const sdk = sandboxApiGateway();
const shot = (page: Page, screen: string) => page.screenshot({ path: `/tmp/api-design-${screen}.png`, fullPage: true });

/** An API with /pets answering GET from a MOCK integration, built through the SDK as a user's own tooling would. */
async function petsApi(name: string) {
  const api = await sdk.send(new CreateRestApiCommand({ name }));
  const restApiId = api.id!;
  const pets = await sdk.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: "pets" }));
  const at = { restApiId, resourceId: pets.id!, httpMethod: "GET" };
  await sdk.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
  await sdk.send(new PutIntegrationCommand({ ...at, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  await sdk.send(new PutMethodResponseCommand({ ...at, statusCode: "200" }));
  await sdk.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseTemplates: { "application/json": '{"pets": []}' } }));
  return { restApiId, petsId: pets.id! };
}

const deploy = (restApiId: string) => sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));

// Each journey makes several AWS calls and deploys; a busy machine rendering on demand needs more than the default.
test.describe.configure({ mode: "serial", timeout: 300_000 });

let restApiId = "";
let petsId = "";

test.describe("API-wide design as an editor", () => {
  test.use({ storageState: adminStatePath });

  test("enables CORS for two origins on a resource, and the preflight check passes for one and fails for another", async ({ page }) => {
    ({ restApiId, petsId } = await petsApi(uniqueName("cors")));
    await page.goto(`/env/sandbox/apis/${restApiId}/resources/${petsId}`);
    await page.getByRole("button", { name: "CORS…" }).click();
    const dialog = page.getByRole("dialog", { name: "CORS for /pets" });
    await dialog.getByLabel("Origins").fill("https://shop.example.com\nhttps://admin.example.com");
    await dialog.getByRole("button", { name: "Review changes" }).click();
    const plan = dialog.getByRole("list", { name: "CORS plan" });
    await expect(plan).toContainText("Add the OPTIONS method to /pets");
    await expect(plan).toContainText("PutIntegration");
    await expect(plan).toContainText("DEFAULT_4XX");
    await expect(dialog).toContainText("Several origins");
    await expectAccessible(page);
    await shot(page, "cors-plan");
    await dialog.getByRole("button", { name: /^Apply \d+ changes$/ }).click();
    await expect(dialog.getByText(/^Applied all \d+ changes\.$/)).toBeVisible();
    await expect(plan.getByRole("img", { name: "Applied" }).first()).toBeVisible();
    await expect(plan.getByRole("img", { name: "Planned" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Done" }).click();

    await deploy(restApiId);
    await page.getByRole("button", { name: "CORS…" }).click();
    await dialog.getByRole("tab", { name: "Check preflight" }).click();
    await expect(dialog.getByRole("combobox", { name: "Stage" })).toHaveText("prod");
    await expect(dialog.getByLabel("Path")).toHaveValue("/pets");
    await dialog.getByLabel("Origin", { exact: true }).fill("https://admin.example.com");
    await dialog.getByRole("button", { name: "Run check" }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "would allow" })).toHaveText("A browser on https://admin.example.com would allow this call.");
    await shot(page, "cors-preflight-allowed");

    await dialog.getByLabel("Origin", { exact: true }).fill("https://evil.example.com");
    await dialog.getByRole("button", { name: "Run check" }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "would block" })).toBeVisible();
    await expect(dialog.getByRole("region", { name: "Preflight check result" })).toContainText("Access-Control-Allow-Origin (preflight): Missing from the preflight response");
    await expectAccessible(page);
    await shot(page, "cors-preflight-blocked");
  });

  test("applies the safe error preset from its plan, and the stage's errors come back in the new JSON shape", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/gateway-responses`);
    await expect(page.getByRole("table", { name: "Gateway responses" }).getByRole("row")).toHaveCount(22);
    await shot(page, "gateway-responses");
    await page.getByRole("button", { name: "Safe error responses…" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply safe error responses" });
    const plan = dialog.getByRole("list", { name: "Planned calls" });
    await expect(plan.getByRole("listitem")).toHaveCount(2);
    await expect(plan).toContainText("PutGatewayResponse");
    await shot(page, "safe-error-plan");
    await dialog.getByRole("button", { name: "Apply 2 changes" }).click();
    await expect(dialog.getByText("Applied all 2 changes.")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    const row = page.getByRole("row", { name: /DEFAULT_4XX/ });
    await expect(row).toContainText("Customised");
    await expect(row).toContainText('"requestId": "$context.requestId"');

    await deploy(restApiId);
    // An unknown path is API Gateway's 403 Missing Authentication Token, answered through DEFAULT_4XX.
    const response = await fetch(`${sandboxUrl}/_aws/execute-api/${restApiId}/prod/no-such-path`, { headers: { Origin: "https://shop.example.com" } });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(403);
    expect(body).toEqual({ message: "Missing Authentication Token", requestId: response.headers.get("x-amzn-requestid") });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://shop.example.com");
  });

  test("creates a model from a sample body and a request validator", async ({ page }) => {
    await page.goto(`/env/sandbox/apis/${restApiId}/models`);
    // Like AWS, every new API has the Empty and Error models.
    await expect(page.getByRole("row", { name: /Empty/ })).toBeVisible();
    await page.getByRole("button", { name: "Create model" }).click();
    const dialog = page.getByRole("dialog", { name: "Create model" });
    await dialog.getByLabel("Name", { exact: true }).fill("Pet");
    await dialog.getByText("Generate from a sample JSON body").click();
    await dialog.getByLabel("Sample body").fill('{"id": 7, "name": "Rex", "tags": ["good"]}');
    await dialog.getByRole("button", { name: "Generate schema" }).click();
    await expect(dialog.getByText("Valid draft 4 schema.")).toBeVisible();
    await shot(page, "model-dialog");
    await dialog.getByRole("button", { name: "Create model" }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole("row", { name: /^Pet/ });
    await expect(row).toContainText("application/json");
    await expect(row).toContainText("no methods");
    await expectAccessible(page);
    await shot(page, "models");

    await page.getByRole("link", { name: "Validators" }).click();
    await page.getByRole("button", { name: "Create validator" }).click();
    const validator = page.getByRole("dialog", { name: "Create request validator" });
    await validator.getByLabel("Name").fill("body-only");
    await validator.getByLabel("Validate parameters").uncheck();
    await validator.getByRole("button", { name: "Create validator" }).click();
    await expect(validator).toBeHidden();
    await expect(page.getByRole("row", { name: /body-only/ })).toContainText("Body only");
    await expectAccessible(page);
    await shot(page, "validators");

    await page.getByRole("link", { name: "Authorizers" }).click();
    await expect(page.getByRole("heading", { name: "No authorizers yet" })).toBeVisible({ timeout: 60_000 });
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create authorizer" }).click();
    const create = page.getByRole("dialog", { name: "Create authorizer" });
    await create.getByLabel("Name", { exact: true }).fill("jwt");
    await create.getByLabel("Lambda function").fill("arn:aws:lambda:us-east-1:123456789012:function:auth");
    await create.getByRole("button", { name: "Create authorizer" }).click();
    await expect(create).toBeHidden();
    const authorizer = page.getByRole("row", { name: /jwt/ });
    await expect(authorizer).toContainText("300 s");
    await authorizer.getByRole("button", { name: "Edit authorizer jwt" }).click();
    const edit = page.getByRole("dialog", { name: "Edit authorizer jwt" });
    await expect(edit.getByLabel("Lambda function")).toHaveValue("arn:aws:lambda:us-east-1:123456789012:function:auth");
    await edit.getByLabel("Result cache TTL (seconds)").fill("60");
    await edit.getByRole("button", { name: "Save authorizer" }).click();
    await expect(edit).toBeHidden();
    await expect(authorizer).toContainText("60 s");
    await shot(page, "authorizers");
  });
});

test("a viewer sees models, validators, gateway responses and CORS read-only", async ({ browser }) => {
  const viewer = { name: "Vera Viewer", email: `${uniqueName("vera")}@example.com`, password: "viewer password 123" };
  const adminContext = await browser.newContext({ storageState: adminStatePath });
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("button", { name: "Add user" }).click();
  const add = adminPage.getByRole("dialog", { name: "Add user" });
  await add.getByLabel("Name", { exact: true }).fill(viewer.name);
  await add.getByLabel("Email").fill(viewer.email);
  await add.getByLabel("Initial password").fill(viewer.password);
  await add.getByRole("combobox", { name: "Role" }).click();
  await adminPage.getByRole("option", { name: /Viewer/ }).click();
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(adminPage.getByText(`Added ${viewer.name} as viewer`)).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await page.goto(`/env/sandbox/apis/${restApiId}/models`);
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByRole("row", { name: /^Pet/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create model" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Delete model/ })).toHaveCount(0);
  await page.getByRole("button", { name: "View model Pet" }).click();
  const model = page.getByRole("dialog", { name: "Model Pet" });
  await expect(model.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(model.getByLabel("Description")).toHaveAttribute("readonly", "");
  await model.getByRole("button", { name: "Done" }).click();

  await page.getByRole("link", { name: "Validators" }).click();
  await expect(page.getByRole("row", { name: /body-only/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create validator" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Edit validator/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Gateway responses" }).click();
  await expect(page.getByRole("button", { name: "Safe error responses…" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "View DEFAULT_4XX" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await shot(page, "gateway-responses-viewer");

  await page.goto(`/env/sandbox/apis/${restApiId}/resources/${petsId}`);
  await page.getByRole("button", { name: "Check CORS…" }).click();
  const dialog = page.getByRole("dialog", { name: "CORS for /pets" });
  await expect(dialog.getByRole("tab")).toHaveText(["Check preflight"]);
  await expect(dialog.getByRole("button", { name: "Run check" })).toBeVisible();
  await expectAccessible(page);
});
