import { expect, type Browser } from "@playwright/test";
import { adminStatePath, uniqueName } from "./console";

/** Has the admin add a user with the given role through the Users screen; returns what the user signs in with. */
export async function addUserAsAdmin(browser: Browser, role: "Viewer" | "Editor" | "Deployer", name: string) {
  const user = { name, email: `${uniqueName(name.split(" ")[0]!.toLowerCase())}@example.com`, password: `${role.toLowerCase()} password 123` };
  const context = await browser.newContext({ storageState: adminStatePath });
  const page = await context.newPage();
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Name", { exact: true }).fill(user.name);
  await dialog.getByLabel("Email").fill(user.email);
  await dialog.getByLabel("Initial password").fill(user.password);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: new RegExp(role) }).click();
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`Added ${user.name} as ${role.toLowerCase()}`)).toBeVisible();
  await context.close();
  return user;
}
