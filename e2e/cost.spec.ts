import { expect, test } from "@playwright/test";
import { CreateDeploymentCommand, CreateRestApiCommand, GetResourcesCommand, PutIntegrationCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, uniqueName } from "./support/console";
import { publishSandboxMetrics, sandboxApiGateway } from "./support/sandbox-sdk";

test.use({ storageState: adminStatePath });

test("month-to-date cost comes from the API's Count metric, and a what-if cache adds its monthly price", async ({ page }) => {
  const client = sandboxApiGateway();
  const name = uniqueName("costly");
  const api = await client.send(new CreateRestApiCommand({ name }));
  const root = (await client.send(new GetResourcesCommand({ restApiId: api.id! }))).items!.find((resource) => resource.path === "/")!;
  await client.send(new PutMethodCommand({ restApiId: api.id!, resourceId: root.id!, httpMethod: "GET", authorizationType: "NONE" }));
  await client.send(new PutIntegrationCommand({ restApiId: api.id!, resourceId: root.id!, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  await client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: "prod" }));

  // Ten million requests this month, as CloudWatch would report them at the API and the stage level.
  const now = new Date();
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const when = new Date(Math.max(monthStart, now.getTime() - 10 * 60_000)).toISOString();
  await publishSandboxMetrics("AWS/ApiGateway", [
    { MetricName: "Count", Dimensions: [{ Name: "ApiName", Value: name }], Timestamp: when, Value: 10_000_000, Unit: "Count" },
    { MetricName: "Count", Dimensions: [{ Name: "ApiName", Value: name }, { Name: "Stage", Value: "prod" }], Timestamp: when, Value: 10_000_000, Unit: "Count" },
  ]);

  await page.goto("/env/sandbox/cost");
  await expect(page.getByRole("heading", { name: "Cost", exact: true })).toBeVisible();
  // 10 M requests x $3.50 per million, whatever else the sandbox served (the first tier is linear).
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^\$35\.00/);
  await expectAccessible(page);

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${api.id}/cost$`));
  await expect(page.getByRole("region", { name: /Month to date/ })).toContainText("$35.00");
  await expect(page.getByRole("row", { name: /prod/ })).toContainText("$35.00");

  const status = page.getByRole("status").filter({ hasText: "New monthly total" });
  await expect(status).toContainText("+$0.00");
  await page.getByRole("combobox", { name: "Cache cluster" }).click();
  await page.getByRole("option", { name: /0\.5 GB/ }).click();
  await expect(status).toContainText("+$14.60");
  await expectAccessible(page);
});
