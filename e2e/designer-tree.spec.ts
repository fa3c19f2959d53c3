import { expect, test, type Page } from "@playwright/test";
import { CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { adminStatePath, expectAccessible, signIn, uniqueName } from "./support/console";
import { sandboxApiGateway } from "./support/sandbox-sdk";

test.use({ storageState: adminStatePath });
// Each journey builds its own API click by click; under `next dev` the first visits compile slowly.
test.slow();

const sandbox = sandboxApiGateway();

/** An API made with the SDK, as another tool would leave it: `paths` maps each path to its verbs. */
async function seedApi(name: string, paths: Record<string, string[]>): Promise<{ apiId: string; ids: Record<string, string> }> {
  const api = await sandbox.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ["REGIONAL"] } }));
  const apiId = api.id!;
  const root = (await sandbox.send(new GetResourcesCommand({ restApiId: apiId }))).items![0]!;
  const ids: Record<string, string> = { "/": root.id! };
  for (const [path, verbs] of Object.entries(paths)) {
    if (path !== "/") {
      const parentPath = path.slice(0, path.lastIndexOf("/")) || "/";
      const created = await sandbox.send(new CreateResourceCommand({ restApiId: apiId, parentId: ids[parentPath]!, pathPart: path.slice(path.lastIndexOf("/") + 1) }));
      ids[path] = created.id!;
    }
    for (const verb of verbs) await sandbox.send(new PutMethodCommand({ restApiId: apiId, resourceId: ids[path]!, httpMethod: verb, authorizationType: "NONE" }));
  }
  return { apiId, ids };
}

const treeItem = (page: Page, path: string) => page.getByRole("treeitem", { name: path, exact: true });

async function addChild(page: Page, pathPart: string) {
  await page.getByRole("button", { name: "Add child resource" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add child resource" });
  await dialog.getByLabel("Path part").fill(pathPart);
  await dialog.getByRole("button", { name: "Create resource" }).click();
  return dialog;
}

test("an editor builds a resource tree, sees a bad path part refused before any call, renames one and deletes a subtree", async ({ page }) => {
  const name = uniqueName("designer");
  await page.goto("/env/sandbox/apis");
  await page.getByRole("button", { name: "Create API" }).first().click();
  const create = page.getByRole("dialog", { name: "Create REST API" });
  await create.getByLabel("Name", { exact: true }).fill(name);
  await create.getByRole("button", { name: "Create API" }).click();
  await page.getByRole("row", { name: new RegExp(name) }).getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Resources" }).click();
  await expect(page).toHaveURL(/\/resources$/);
  await expect(page.getByRole("heading", { name: "This API has no resources yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Resources" })).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: "/tmp/designer-tree-empty-api.png", fullPage: true });

  const pets = await addChild(page, "pets");
  await expect(pets).toBeHidden();
  await expect(page.getByText("Created /pets")).toBeVisible();
  await expect(page.getByRole("heading", { name: "/pets", exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/resources\/[a-z0-9]+$/);
  await addChild(page, "{petId}");
  await expect(page.getByRole("heading", { name: "/pets/{petId}", exact: true })).toBeVisible();

  // Refused in the browser with the reason: no server action is sent.
  const actionCalls: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-action"]) actionCalls.push(request.url());
  });
  const bad = await addChild(page, "my pets!");
  await expect(bad.getByText("Use only letters, digits and . _ - : in a path part (not a space, “!”), or a parameter such as {id}.")).toBeVisible();
  await bad.getByLabel("Path part").fill("{proxy+}");
  await bad.getByRole("button", { name: "Create resource" }).click();
  await expect(page.getByText("Created /pets/{petId}/{proxy+}")).toBeVisible();
  expect(actionCalls).toHaveLength(1);

  await treeItem(page, "/pets").click();
  const second = await addChild(page, "{id}");
  await expect(second.getByText("/pets already has a path parameter, {petId}; a resource can have only one parameter child.")).toBeVisible();
  await second.getByRole("button", { name: "Cancel" }).click();

  await treeItem(page, "/").click();
  await addChild(page, "{proxy+}");
  await expect(page.getByRole("heading", { name: "/{proxy+}", exact: true })).toBeVisible();

  await treeItem(page, "/pets/{petId}").click();
  await page.getByRole("button", { name: "Rename" }).click();
  const rename = page.getByRole("dialog", { name: "Rename /pets/{petId}" });
  await rename.getByLabel("Path part").fill("{id}");
  await rename.getByRole("button", { name: "Rename resource" }).click();
  await expect(page.getByText("Renamed /pets/{petId} to /pets/{id}")).toBeVisible();
  await expect(treeItem(page, "/pets/{id}/{proxy+}")).toBeVisible();

  await treeItem(page, "/pets").click();
  await page.getByRole("button", { name: "Delete…" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete resource “/pets”?" });
  await expect(confirm).toContainText("Deletes 3 resources and 0 methods");
  const deleteButton = confirm.getByRole("button", { name: "Delete resource" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel("Type /pets to confirm").fill("/pets");
  await deleteButton.click();
  await expect(page.getByText("Deleted /pets")).toBeVisible();
  await expect(treeItem(page, "/pets")).toHaveCount(0);
  await expect(treeItem(page, "/{proxy+}")).toBeVisible();
  await expect(page.getByRole("heading", { name: "/", exact: true })).toBeVisible();
});

test("the tree is navigable by keyboard alone: arrows, type-ahead, Enter opens the resource and Back returns", async ({ page }) => {
  const { apiId, ids } = await seedApi(uniqueName("keys"), {
    "/": ["GET"],
    "/pets": ["GET", "POST"],
    "/pets/{petId}": ["GET", "DELETE"],
    "/pets/{petId}/toys": [],
    "/users": ["ANY"],
    "/{proxy+}": ["ANY"],
  });
  await page.goto(`/env/sandbox/apis/${apiId}/resources`);
  const tree = page.getByRole("tree", { name: "Resources" });
  const activeIs = async (path: string) => expect(tree).toHaveAttribute("aria-activedescendant", (await treeItem(page, path).getAttribute("id"))!);

  await page.getByRole("searchbox", { name: "Filter resources by path" }).focus();
  await page.keyboard.press("Tab");
  await expect(tree).toBeFocused();
  await activeIs("/");
  await page.keyboard.press("ArrowDown");
  await activeIs("/pets");
  await page.keyboard.press("ArrowRight");
  await activeIs("/pets/{petId}");
  // Left collapses an open resource, then moves to its parent.
  await page.keyboard.press("ArrowLeft");
  await expect(treeItem(page, "/pets/{petId}")).toHaveAttribute("aria-expanded", "false");
  await expect(treeItem(page, "/pets/{petId}/toys")).toHaveCount(0);
  await page.keyboard.press("ArrowLeft");
  await activeIs("/pets");
  await page.keyboard.press("ArrowLeft");
  await expect(treeItem(page, "/pets")).toHaveAttribute("aria-expanded", "false");
  await expect(treeItem(page, "/pets/{petId}")).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(treeItem(page, "/pets/{petId}")).toBeVisible();
  await page.keyboard.press("End");
  await activeIs("/{proxy+}");
  await page.keyboard.press("Home");
  await activeIs("/");
  await page.keyboard.type("us");
  await activeIs("/users");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/resources/${ids["/users"]}$`));
  await expect(page.getByRole("heading", { name: "/users", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "ANY /users" })).toHaveAttribute("href", `/env/sandbox/apis/${apiId}/resources/${ids["/users"]}/methods/ANY`);
  await page.keyboard.press("ArrowUp");
  await activeIs("/pets/{petId}");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "/pets/{petId}", exact: true })).toBeVisible();
  await expect(treeItem(page, "/pets/{petId}")).toHaveAttribute("aria-selected", "true");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/designer-tree-selected.png", fullPage: true });

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/resources/${ids["/users"]}$`));
  await expect(page.getByRole("heading", { name: "/users", exact: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/resources$`));
  await expect(page.getByRole("heading", { name: "/", exact: true })).toBeVisible();

  // The filter keeps the ancestors of matches and lives in the URL, so a reload shows the same view.
  await page.getByRole("searchbox", { name: "Filter resources by path" }).fill("toy");
  await expect(page.getByRole("treeitem")).toHaveCount(4);
  await expect(page).toHaveURL(/\?filter=toy$/);
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Filter resources by path" })).toHaveValue("toy");
  await expect(page.getByRole("treeitem")).toHaveCount(4);
});

test("a viewer sees the tree and methods read-only, with no add, rename or delete controls", async ({ browser, page }) => {
  const { apiId, ids } = await seedApi(uniqueName("readonly"), { "/orders": ["GET"], "/orders/{id}": ["GET", "PUT"] });
  const viewer = { name: "Val Viewer", email: `${uniqueName("val")}@example.com`, password: "viewer password 123" };
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Name", { exact: true }).fill(viewer.name);
  await dialog.getByLabel("Email").fill(viewer.email);
  await dialog.getByLabel("Initial password").fill(viewer.password);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: /Viewer/ }).click();
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`Added ${viewer.name} as viewer`)).toBeVisible();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await viewerPage.goto("/sign-in");
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/env\/sandbox\/apis$/, { timeout: 60_000 });
  await viewerPage.goto(`/env/sandbox/apis/${apiId}/resources/${ids["/orders/{id}"]}`);
  await expect(viewerPage.getByRole("heading", { name: "/orders/{id}", exact: true })).toBeVisible();
  await expect(treeItem(viewerPage, "/orders")).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "PUT /orders/{id}" })).toBeVisible();
  await expect(viewerPage.getByText("Changing them needs the editor role.")).toBeVisible();
  for (const control of ["Add child resource", "Rename", "Delete…"]) await expect(viewerPage.getByRole("button", { name: control })).toHaveCount(0);
  await context.close();
});
