import { expect, test } from "@playwright/test";
import { adminStatePath, signIn, uniqueName } from "./support/console";
import { serverActionId } from "./support/server-actions";

test("an admin adds a viewer, who sees no create controls and whose direct create call the server refuses", async ({ browser }) => {
  const viewer = { name: "Vic Viewer", email: `${uniqueName("vic")}@example.com`, password: "viewer password 123" };
  const adminContext = await browser.newContext({ storageState: adminStatePath });
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("button", { name: "Add user" }).click();
  const dialog = adminPage.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Name", { exact: true }).fill(viewer.name);
  await dialog.getByLabel("Email").fill(viewer.email);
  await dialog.getByLabel("Initial password").fill(viewer.password);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await adminPage.getByRole("option", { name: /Viewer/ }).click();
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(adminPage.getByText(`Added ${viewer.name} as viewer`)).toBeVisible();
  await expect(adminPage.getByRole("row", { name: new RegExp(viewer.email) })).toBeVisible();

  const viewerContext = await browser.newContext();
  const page = await viewerContext.newPage();
  await page.goto("/env/sandbox/apis");
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByRole("heading", { name: "APIs", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create API" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  // Hidden controls are not the protection: call the create action as this viewer, as a crafted request would.
  const actionId = serverActionId("lib/actions/rest-apis/create-rest-api.ts", "createRestApiAction");
  const sneakyName = uniqueName("sneaky");
  const reply = await page.evaluate(
    async ({ actionId, sneakyName }) => {
      const response = await fetch(window.location.pathname, {
        method: "POST",
        headers: { "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
        body: JSON.stringify([{ envId: "sandbox", name: sneakyName, endpointType: "REGIONAL" }]),
      });
      return { status: response.status, body: await response.text() };
    },
    { actionId, sneakyName },
  );
  expect(reply.status).toBe(200);
  expect(reply.body).toContain('"ok":false');
  expect(reply.body).toContain('"code":"forbidden"');

  // …and nothing was created.
  await adminPage.goto("/env/sandbox/apis");
  await expect(adminPage.getByRole("heading", { name: "APIs", exact: true })).toBeVisible();
  await expect(adminPage.getByText(sneakyName)).toHaveCount(0);

  // A viewer opening an admin page gets the 403 page, not the page.
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await adminContext.close();
  await viewerContext.close();
});
