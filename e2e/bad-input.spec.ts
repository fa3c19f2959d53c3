import { expect, test } from "@playwright/test";
import { admin, adminStatePath, signIn } from "./support/console";

test.describe("with the admin signed in", () => {
  test.use({ storageState: adminStatePath });

  test("an empty or over-long API name is refused beside the field and what was typed stays", async ({ page }) => {
    await page.goto("/env/sandbox/apis");
    await page.getByRole("button", { name: "Create API" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create REST API" });
    const name = dialog.getByLabel("Name", { exact: true });
    await dialog.getByLabel(/Description/).fill("kept while fixing the name");

    await dialog.getByRole("button", { name: "Create API" }).click();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByRole("alert")).toBeVisible();
    await expect(dialog.getByLabel(/Description/)).toHaveValue("kept while fixing the name");

    const tooLong = "a".repeat(1100);
    await name.fill(tooLong);
    await dialog.getByRole("button", { name: "Create API" }).click();
    await expect(dialog.getByRole("alert")).toContainText(/at most|too long|characters/i);
    await expect(name).toHaveValue(tooLong);
    await expect(dialog).toBeVisible();
  });
});

test("a wrong password says so plainly and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, admin.email, "not the password at all");
  await expect(page.getByRole("alert").filter({ hasText: /email or password/i })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);
  await expect(page).toHaveURL(/\/sign-in/);
});
