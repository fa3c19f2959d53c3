import { expect, test, type Page } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { CreateDeploymentCommand, CreateDomainNameCommand, DeleteDomainNameCommand, ImportRestApiCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway } from "./support/sandbox-sdk";
import { addUserAsAdmin } from "./support/users";

const sdk = sandboxApiGateway({ maxAttempts: 1 });
const certificate = (region: string) => `arn:aws:acm:${region}:123456789012:certificate/0d3a1f2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b`;

/** An API whose MOCK GET / answers with the given JSON body, deployed to prod through the SDK. */
async function deployedMockApi(name: string, body: Record<string, string>): Promise<string> {
  const integration = {
    type: "mock",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
    responses: { default: { statusCode: "200", responseTemplates: { "application/json": JSON.stringify(body) } } },
  };
  const document = { openapi: "3.0.1", info: { title: name, version: "1" }, paths: { "/": { get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": integration } } } };
  const api = await sdk.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));
  return api.id!;
}

/** Sends the request a shown curl command describes: its URL, with its Host header (which fetch would not send as given). */
function callAsCurl(command: string): Promise<{ status: number; body: string }> {
  const host = /-H 'Host: ([^']+)'/.exec(command)?.[1];
  const url = /(https?:\/\/\S+)$/.exec(command)?.[1];
  if (!host || !url) throw new Error(`not a curl command with a Host header: ${command}`);
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "GET", headers: { Host: host } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

async function chooseOption(page: Page, scope: ReturnType<Page["getByRole"]>, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option }).click();
}

async function addMapping(page: Page, basePath: string, apiName: string): Promise<void> {
  await page.getByRole("button", { name: "Add mapping" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add base path mapping" });
  await dialog.getByLabel(/Base path/).fill(basePath);
  await chooseOption(page, dialog, "API", new RegExp(`^${apiName}`));
  await chooseOption(page, dialog, "Stage", "prod");
  await dialog.getByRole("button", { name: "Add mapping" }).click();
  // Generous: under `next dev` the first call of an action compiles it.
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}

function mappingRow(page: Page, basePath: string) {
  return page.getByRole("table", { name: "Base path mappings" }).getByRole("row").filter({ has: page.getByRole("cell", { name: basePath, exact: true }) });
}

test.describe.serial("custom domains and API versions", () => {
  const apiA = uniqueName("orders-v1");
  const apiB = uniqueName("orders-v2");
  const domainName = `${uniqueName("api")}.example.com`;
  const legacyDomain = `${uniqueName("legacy")}.example.com`;

  test.use({ storageState: adminStatePath });
  test.beforeEach(() => test.slow());

  test.beforeAll(async () => {
    await deployedMockApi(apiA, { version: "one" });
    await deployedMockApi(apiB, { version: "two" });
    await sdk.send(new CreateDomainNameCommand({ domainName: legacyDomain, regionalCertificateArn: certificate("us-east-1"), endpointConfiguration: { types: ["REGIONAL"] }, securityPolicy: "TLS_1_0" }));
  });

  // Other journeys delete every API in the sandbox; a mapping left behind would make AWS (and the sandbox) refuse that.
  test.afterAll(async () => {
    for (const name of [domainName, legacyDomain]) await sdk.send(new DeleteDomainNameCommand({ domainName: name })).catch(() => undefined);
  });

  test("an admin creates a domain, maps v1 and v2 to two APIs' prod stages, and both answer through the sandbox", async ({ page }) => {
    await page.goto("/env/sandbox/domains");
    await page.getByRole("button", { name: "Create domain name" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create custom domain name" });
    await dialog.getByLabel("Domain name").fill(domainName);
    await chooseOption(page, dialog, "Endpoint type", /^Edge-optimized/);
    await dialog.getByLabel("ACM certificate ARN").fill(certificate("eu-west-1"));
    await dialog.getByRole("button", { name: "Create domain name" }).click();
    await expect(dialog.getByText(/CloudFront, which only uses certificates in us-east-1; this one is in eu-west-1/)).toBeVisible({ timeout: 90_000 });
    await page.screenshot({ path: "/tmp/domains-create.png", fullPage: true });
    await chooseOption(page, dialog, "Endpoint type", /^Regional/);
    await dialog.getByLabel("ACM certificate ARN").fill(certificate("us-east-1"));
    await dialog.getByRole("button", { name: "Create domain name" }).click();

    await expect(page.getByRole("heading", { level: 1, name: domainName })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("No base paths mapped yet")).toBeVisible();
    await page.screenshot({ path: "/tmp/domains-detail-empty.png", fullPage: true });
    await addMapping(page, "v1", apiA);
    await expect(mappingRow(page, "v1")).toContainText(apiA);

    await page.getByRole("button", { name: "Add mapping" }).first().click();
    const addDialog = page.getByRole("dialog", { name: "Add base path mapping" });
    await addDialog.getByLabel(/Base path/).fill("/v2");
    await chooseOption(page, addDialog, "API", new RegExp(`^${apiB}`));
    await chooseOption(page, addDialog, "Stage", "prod");
    await addDialog.getByRole("button", { name: "Add mapping" }).click();
    await expect(addDialog.getByText("Leave out the leading slash: write v2 instead of /v2.")).toBeVisible({ timeout: 60_000 });
    await addDialog.getByLabel(/Base path/).fill("v2");
    await page.screenshot({ path: "/tmp/domains-add-mapping.png", fullPage: true });
    await addDialog.getByRole("button", { name: "Add mapping" }).click();
    await expect(addDialog).toBeHidden();
    await expect(mappingRow(page, "v2")).toContainText(apiB);

    const v1Command = (await page.getByLabel("curl command for v1", { exact: true }).textContent()) ?? "";
    const v2Command = (await page.getByLabel("curl command for v2", { exact: true }).textContent()) ?? "";
    expect(v1Command).toMatch(new RegExp(`^curl -H 'Host: ${domainName.replaceAll(".", "\\.")}' http://127\\.0\\.0\\.1:\\d+/v1$`));
    expect(await callAsCurl(v1Command)).toEqual({ status: 200, body: '{"version":"one"}' });
    expect(await callAsCurl(v2Command)).toEqual({ status: 200, body: '{"version":"two"}' });
    await expect(page.getByText(/Route 53: an A record, alias/)).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/domains-detail.png", fullPage: true });

    await mappingRow(page, "v2").getByRole("button", { name: "Change stage of v2" }).click();
    const change = page.getByRole("dialog", { name: "Change where v2 points" });
    await chooseOption(page, change, "API", new RegExp(`^${apiA}`));
    await chooseOption(page, change, "Stage", "prod");
    await change.getByRole("button", { name: "Save mapping" }).click();
    await expect(change).toBeHidden();
    await expect(mappingRow(page, "v2")).toContainText(apiA);
    expect(await callAsCurl(v2Command)).toEqual({ status: 200, body: '{"version":"one"}' });
  });

  test("the list flags the TLS 1.0 domain, and an admin moves it to TLS 1.2", async ({ page }) => {
    await page.goto("/env/sandbox/domains");
    const table = page.getByRole("table", { name: "Custom domain names" });
    const legacyRow = table.getByRole("row").filter({ has: page.getByRole("link", { name: legacyDomain }) });
    await expect(legacyRow).toContainText("TLS 1.0");
    await expect(legacyRow).toContainText("deprecated and weak");
    const newRow = table.getByRole("row").filter({ has: page.getByRole("link", { name: domainName }) });
    await expect(newRow).toContainText("TLS 1.2");
    await expect(newRow).not.toContainText("deprecated");
    await expect(newRow.getByRole("cell").last()).toHaveText("2");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/domains-list.png", fullPage: true });

    await legacyRow.getByRole("link", { name: legacyDomain }).click();
    await chooseOption(page, page.getByRole("region", { name: "Details" }), "Security policy", /^TLS 1\.2/);
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByText(`${legacyDomain} now uses TLS_1_2`)).toBeVisible();
    await expect(page.getByRole("region", { name: "Details" })).not.toContainText("deprecated");
  });

  test("a viewer sees the mappings and commands but no controls that change them", async ({ browser }) => {
    const viewer = await addUserAsAdmin(browser, "Viewer", "Vera Viewer");
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await signIn(page, viewer.email, viewer.password);
    await expect(page).toHaveURL(/\/env\//);
    await page.goto("/env/sandbox/domains");
    await expect(page.getByRole("link", { name: domainName })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create domain name" })).toHaveCount(0);
    await page.goto(`/env/sandbox/domains/${domainName}`);
    await expect(mappingRow(page, "v1")).toContainText(apiA);
    await expect(page.getByLabel("curl command for v1", { exact: true })).toContainText(`Host: ${domainName}`);
    for (const control of ["Add mapping", "Delete domain name", "Save policy", "Change stage of v1"]) await expect(page.getByRole("button", { name: control })).toHaveCount(0);
    await context.close();
  });

  test("deleting a domain names the mappings that go with it and needs the name typed", async ({ page }) => {
    await page.goto(`/env/sandbox/domains/${domainName}`);
    await page.getByRole("button", { name: "Delete domain name" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete domain name “${domainName}”?` });
    await expect(dialog.getByRole("listitem")).toHaveText([new RegExp(`^v1 → ${apiA} · prod`), new RegExp(`^v2 → ${apiA} · prod`)]);
    const confirm = dialog.getByRole("button", { name: "Delete domain name" });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(`Type ${domainName} to confirm`).fill(domainName);
    await page.screenshot({ path: "/tmp/domains-delete.png", fullPage: true });
    await confirm.click();
    await expect(page).toHaveURL(/\/env\/sandbox\/domains$/);
    await expect(page.getByRole("link", { name: domainName })).toHaveCount(0);
  });
});
