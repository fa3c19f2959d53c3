import { expect, test } from "@playwright/test";
import { admin, adminStatePath, signIn } from "./support/console";

test.use({ storageState: adminStatePath });

test("a cleared session sends you to sign in, and back to the page you were on", async ({ page, context }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  await context.clearCookies();
  await page.goto("/audit?outcome=success");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText("Your session ended")).toBeVisible();

  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/audit\?outcome=success$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});
