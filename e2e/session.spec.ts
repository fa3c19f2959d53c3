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

test("an expired session (its cookie still sent) also comes back to the page it was on after sign-in", async ({ page, context, baseURL }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  // A cookie the server no longer knows is what an expired or revoked session looks like to the console.
  await context.addCookies([{ name: "archway_session", value: "expired-session-token", url: baseURL! }]);
  await page.goto("/admin/users?role=admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers%3Frole%3Dadmin$/);
  await expect(page.getByText("Your session ended")).toBeVisible();

  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin\/users\?role=admin$/);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
});
