import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, uniqueName } from "./support/console";
import { sandboxApiGateway, sandboxUrl } from "./support/sandbox-sdk";

test.use({ storageState: adminStatePath });

const apiGateway = sandboxApiGateway();

/** A MOCK API whose root answers GET 200, deployed to prod and dev, made through the SDK as a user's script would. */
async function deployMockApi(name: string): Promise<string> {
  const api = await apiGateway.send(new CreateRestApiCommand({ name }));
  const ids = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET" };
  await apiGateway.send(new PutMethodCommand({ ...ids, authorizationType: "NONE" }));
  await apiGateway.send(new PutIntegrationCommand({ ...ids, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  await apiGateway.send(new PutMethodResponseCommand({ ...ids, statusCode: "200" }));
  await apiGateway.send(new PutIntegrationResponseCommand({ ...ids, statusCode: "200", responseTemplates: { "application/json": '{"ok": true}' } }));
  for (const stageName of ["prod", "dev"]) await apiGateway.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName }));
  return api.id!;
}

const totals = (page: Page) => page.getByTestId("totals-sentence");
// A new range or stage is read through the dashboards' JSON route and redrawn; under `next dev` on a busy machine that
// has taken over a minute, so these waits are long (they end as soon as the text appears).
const refreshed = { timeout: 150_000 };

test.describe.configure({ timeout: 600_000 });

test("an API's dashboard reads 37 requests, follows the range and stage in the URL, and downloads a chart as CSV", async ({ page }) => {
  const name = uniqueName("dash");
  const apiId = await deployMockApi(name);
  for (let i = 0; i < 37; i += 1) expect((await fetch(`${sandboxUrl}/_aws/execute-api/${apiId}/prod/`)).status).toBe(200);

  await page.goto(`/env/sandbox/apis/${apiId}`);
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/dashboard$`), refreshed);
  await expect(totals(page)).toHaveText(/^37 requests, 0 errors, p99 [\d.]+ ms in the last hour\.$/);
  await expect(page.getByRole("group", { name: "Requests" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Requests" })).toContainText("Requests: 37 in total");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/dashboards-api-with-data.png", fullPage: true });

  await page.getByRole("button", { name: "3h" }).click();
  await expect(page).toHaveURL(/range=3h/);
  await expect(totals(page)).toContainText("37 requests, 0 errors");
  await expect(totals(page)).toContainText("in the last 3 hours", refreshed);

  await page.getByRole("combobox", { name: "Stage" }).click();
  await page.getByRole("option", { name: "Stage dev" }).click();
  await expect(page).toHaveURL(/stage=dev/);
  await expect(totals(page)).toHaveText("No requests in the last 3 hours.", refreshed);
  await expect(page.getByRole("note")).toContainText("Per-method metrics need detailed CloudWatch metrics on stage dev");
  await expect(page.getByRole("link", { name: "Open stage dev settings" })).toHaveAttribute("href", `/env/sandbox/apis/${apiId}/stages/dev`);

  await page.goBack();
  await expect(totals(page)).toContainText("37 requests", refreshed);
  await page.getByRole("combobox", { name: "Timezone" }).click();
  await page.getByRole("option", { name: "UTC" }).click();
  await expect(page).toHaveURL(/tz=utc/);
  await expect(page.getByRole("group", { name: "Requests" })).toContainText(" UTC.", refreshed);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Requests as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${name}-all-stages-requests.csv`);
  const [header, ...lines] = readFileSync((await download.path())!, "utf8").trim().split("\n");
  expect(header).toBe("timestamp_utc,Requests");
  expect(lines.reduce((sum, line) => sum + Number(line.split(",")[1] || 0), 0)).toBe(37);

  await page.goto("/env/sandbox/dashboards");
  // Other journeys' APIs share this sandbox, so the overview holds at least these 37 requests and lists the top APIs.
  await expect(totals(page)).toContainText(/^[\d,.]+( [KMB])? requests/);
  await expect(page.getByRole("table", { name: "Top APIs by requests" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/dashboards-overview-with-data.png", fullPage: true });
});

test("the sample-traffic button fills an empty dashboard", async ({ page }) => {
  const apiId = await deployMockApi(uniqueName("empty"));
  await page.goto(`/env/sandbox/apis/${apiId}/dashboard?stage=prod`);
  await expect(totals(page)).toHaveText("No requests in the last hour.");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/dashboards-api-empty.png", fullPage: true });

  await page.getByRole("button", { name: "Send sample traffic" }).click();
  const dialog = page.getByRole("dialog", { name: "Send sample traffic" });
  await dialog.getByLabel("Requests").fill("300");
  await dialog.getByLabel("Errors (%)").fill("10");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Send 300 requests" }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(totals(page)).toContainText("300 requests", refreshed);
  await expect(page.getByRole("group", { name: "Errors" })).toBeVisible();
  await page.screenshot({ path: "/tmp/dashboards-api-after-sample.png", fullPage: true });
});
