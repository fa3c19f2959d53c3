import { expect, test } from "@playwright/test";
import { admin, adminStatePath, expectAccessible, readSetupToken, signIn, signOut } from "./support/console";

test("the first admin sets up Archway with the setup token, signs out and signs back in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the first admin" })).toBeVisible();
  await expectAccessible(page);

  // A wrong token is refused beside its field, and what was typed stays.
  await page.getByLabel("Setup token").fill("not-the-token");
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "setup token is not valid" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);

  await page.getByLabel("Setup token").fill(readSetupToken());
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page).toHaveURL(/\/env\/sandbox\/apis$/);
  await expect(page.getByRole("heading", { name: "APIs", exact: true })).toBeVisible();

  await signOut(page);
  // Setup is done once: /setup now sends people to sign in.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/env\/sandbox\/apis$/);
  await expect(page.getByRole("button", { name: new RegExp(`Account: ${admin.name} \\(admin\\)`) })).toBeVisible();
  await page.context().storageState({ path: adminStatePath });
});
