import { expect, test, type Page } from "@playwright/test";
import { startSandboxProcess, type SandboxProcess } from "../emulator/test/support/sandbox-process";
import { mkdirSync } from "node:fs";
import { adminStatePath, expectAccessible, uniqueName } from "./support/console";

test.use({ storageState: adminStatePath });

async function addEnvironment(page: Page, fields: { name: string; credentials?: "Named profile"; profile?: string; endpointUrl?: string }) {
  await page.goto("/admin/environments");
  await page.getByRole("button", { name: "Add environment" }).click();
  const dialog = page.getByRole("dialog", { name: "Add AWS environment" });
  await dialog.getByLabel("Name", { exact: true }).fill(fields.name);
  if (fields.credentials) {
    await dialog.getByRole("combobox", { name: "Credentials" }).click();
    await page.getByRole("option", { name: new RegExp(fields.credentials) }).click();
    await dialog.getByLabel("Profile name").fill(fields.profile ?? "");
  }
  if (fields.endpointUrl) await dialog.getByLabel(/Endpoint URL/).fill(fields.endpointUrl);
  await dialog.getByRole("button", { name: "Add environment" }).click();
  await expect(page.getByText(`Added environment “${fields.name}”`)).toBeVisible();
}

test.describe("environments", () => {
  let secondSandbox: SandboxProcess | undefined;
  test.afterEach(async () => {
    await secondSandbox?.stop();
  });

  test("an environment whose endpoint stops answering shows a plain error state, and Retry recovers once it is back", async ({ page }) => {
    secondSandbox = await startSandboxProcess();
    const name = uniqueName("Local emulator");
    await addEnvironment(page, { name, endpointUrl: secondSandbox.url });

    const row = page.getByRole("row", { name: new RegExp(name) });
    await row.getByRole("button", { name: `Test connection to ${name}` }).click();
    await expect(row.getByText("API Gateway is answering")).toBeVisible();

    await page.getByRole("button", { name: /^Environment:/ }).click();
    await page.getByRole("menuitem", { name: new RegExp(name) }).click();
    await expect(page.getByText(`No REST APIs in ${name} yet`)).toBeVisible();

    const port = secondSandbox.port;
    await secondSandbox.stop();
    await page.reload();
    const error = page.getByRole("alert").filter({ hasText: "Cannot reach" });
    await expect(error).toContainText(`127.0.0.1:${port}`);
    await expect(page.getByRole("heading", { name: "The environment cannot be reached" })).toBeVisible();
    await expectAccessible(page);
    mkdirSync("e2e/screenshots", { recursive: true });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `e2e/screenshots/environment-unreachable-${colorScheme}.png`, fullPage: true });
    }

    secondSandbox = await startSandboxProcess({ args: ["--port", String(port)] });
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText(`No REST APIs in ${name} yet`)).toBeVisible();
  });

  test("an AWS environment with credentials that do not exist fails Test connection in plain words", async ({ page }) => {
    const name = uniqueName("Staging");
    await addEnvironment(page, { name, credentials: "Named profile", profile: "archway-e2e-missing-profile" });
    const row = page.getByRole("row", { name: new RegExp(name) });
    await row.getByRole("button", { name: `Test connection to ${name}` }).click();
    const result = row.getByText(/credentials/i);
    await expect(result).toBeVisible();
    await expect(row).not.toContainText(/Error:|at .*\.js|undefined/);
  });
});
