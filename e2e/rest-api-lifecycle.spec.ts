import { expect, test } from "@playwright/test";
import { adminStatePath, uniqueName } from "./support/console";

test.use({ storageState: adminStatePath });

test("an editor creates an API in the sandbox, renames it, deletes it, and finds all three in the audit log", async ({ page }) => {
  const name = uniqueName("orders");
  const renamed = `${name}-v2`;
  await page.goto("/env/sandbox/apis");

  await page.getByRole("button", { name: "Create API" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create REST API" });
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel(/Description/).fill("Orders for the shop");
  await dialog.getByRole("button", { name: "Create API" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Created API “${name}”`)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Orders for the shop");
  await expect(row).toContainText("Regional");

  // The filter lives in the URL.
  await page.getByRole("searchbox", { name: /Filter APIs/ }).fill(name);
  await expect(page).toHaveURL(new RegExp(`\\?q=${name}`));
  await expect(page.getByRole("row")).toHaveCount(2);

  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  const apiId = page.url().split("/").pop()!;

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/settings$`));
  await expect(page.getByText("No changes")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await expect(page.getByText("Unsaved changes: name")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Renamed “${name}” to “${renamed}”`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed);

  await page.getByRole("button", { name: "Delete API…" }).click();
  const confirm = page.getByRole("dialog", { name: `Delete API “${renamed}”?` });
  const deleteButton = confirm.getByRole("button", { name: "Delete API" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(`Type ${renamed} to confirm`).fill(name);
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(`Type ${renamed} to confirm`).fill(renamed);
  await deleteButton.click();
  await expect(page).toHaveURL(/\/env\/sandbox\/apis$/);
  await expect(page.getByText(`Deleted API “${renamed}”`)).toBeVisible();
  await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  const events = page.getByRole("table", { name: "Audit events" }).getByRole("row").filter({ hasText: apiId });
  await expect(events).toHaveCount(3);
  for (const verb of ["delete", "update", "create"]) await expect(events.filter({ hasText: new RegExp(verb, "i") })).toHaveCount(1);
  await expect(events.filter({ hasText: "Succeeded" })).toHaveCount(3);
});
