import { expect, test, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { adminStatePath, expectAccessible, uniqueName } from "./support/console";
import { deleteAllSandboxApis } from "./support/sandbox-sdk";

const screenshotDir = "e2e/screenshots";

type Screen = { name: string; open: (page: Page) => Promise<void> };

async function openApis(page: Page) {
  await page.goto("/env/sandbox/apis");
  await expect(page.getByRole("heading", { name: "APIs", level: 1 })).toBeVisible();
}

async function openFirstApi(page: Page, path = "") {
  await openApis(page);
  const href = await page.getByRole("table", { name: "REST APIs" }).getByRole("link").first().getAttribute("href");
  await page.goto(`${href}${path}`);
  await expect(page.getByRole("navigation", { name: "API sections" })).toBeVisible();
}

const screens: Screen[] = [
  { name: "apis", open: openApis },
  {
    name: "apis-create-dialog",
    open: async (page) => {
      await openApis(page);
      await page.getByRole("button", { name: "Create API" }).first().click();
      await page.getByRole("dialog").getByRole("button", { name: "Create API" }).click();
      await expect(page.getByRole("dialog").getByRole("alert").first()).toBeVisible();
    },
  },
  {
    name: "apis-filter-no-match",
    open: async (page) => {
      await page.goto("/env/sandbox/apis?q=zzz-nothing");
      await expect(page.getByText("No APIs match")).toBeVisible();
    },
  },
  { name: "api-overview", open: (page) => openFirstApi(page) },
  {
    name: "api-settings-dirty",
    open: async (page) => {
      await openFirstApi(page, "/settings");
      await page.getByLabel(/Description/).fill("Edited but not saved");
      await expect(page.getByText("Unsaved changes")).toBeVisible();
    },
  },
  {
    name: "api-delete-confirm",
    open: async (page) => {
      await openFirstApi(page, "/settings");
      await page.getByRole("button", { name: "Delete API…" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "api-advisor",
    open: async (page) => {
      await openFirstApi(page, "/advisor");
      await expect(page.getByText(/Score/).first()).toBeVisible();
    },
  },
  {
    name: "advisor",
    open: async (page) => {
      await page.goto("/env/sandbox/advisor");
      await expect(page.getByRole("heading", { name: "Advisor", level: 1 })).toBeVisible();
      await expect(page.getByText(/APIs? checked/)).toBeVisible();
    },
  },
  {
    name: "usage-plans",
    open: async (page) => {
      await page.goto("/env/sandbox/usage-plans");
      await expect(page.getByRole("heading", { name: "Usage plans & API keys", level: 1 })).toBeVisible();
    },
  },
  {
    name: "domains",
    open: async (page) => {
      await page.goto("/env/sandbox/domains");
      await expect(page.getByRole("heading", { name: "Custom domains", level: 1 })).toBeVisible();
    },
  },
  {
    name: "api-not-found",
    open: async (page) => {
      await page.goto("/env/sandbox/apis/doesnotexist");
      await expect(page.getByRole("heading", { name: "This API does not exist" })).toBeVisible();
    },
  },
  {
    name: "command-palette",
    open: async (page) => {
      await openApis(page);
      // The shortcut listener exists only once the page has hydrated; a key pressed earlier is lost, as for a person.
      await expect(async () => {
        await page.keyboard.press("Control+K");
        await expect(page.getByRole("dialog", { name: "Jump to a page or API" })).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 30_000 });
      await expect(page.getByRole("option").first()).toBeVisible();
    },
  },
  {
    name: "environment-switcher",
    open: async (page) => {
      await openApis(page);
      await page.getByRole("button", { name: /^Environment:/ }).click();
      await expect(page.getByRole("menu")).toBeVisible();
    },
  },
  {
    name: "audit",
    open: async (page) => {
      await page.goto("/audit");
      await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    },
  },
  {
    name: "users",
    open: async (page) => {
      await page.goto("/admin/users");
      await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
    },
  },
  {
    name: "environments",
    open: async (page) => {
      await page.goto("/admin/environments");
      await expect(page.getByRole("heading", { name: "Environments" })).toBeVisible();
    },
  },
  {
    name: "environment-add-dialog",
    open: async (page) => {
      await page.goto("/admin/environments");
      await page.getByRole("button", { name: "Add environment" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
];

const colorSchemes = ["light", "dark"] as const;

// Declaration order is run order: the empty sandbox first (both schemes), then one API, then every screen.
for (const colorScheme of colorSchemes) {
  test.describe(`${colorScheme} mode, before any API exists`, () => {
    test.use({ colorScheme });
    // Journeys that ran before this file leave their APIs behind; these screens show a sandbox with none.
    test.beforeAll(deleteAllSandboxApis);

    test("sign-in is accessible", async ({ page }) => {
      mkdirSync(screenshotDir, { recursive: true });
      await page.goto("/sign-in");
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}/sign-in-${colorScheme}.png` });
    });

    test("the empty sandbox teaches how to create an API", async ({ browser }) => {
      const context = await browser.newContext({ storageState: adminStatePath, colorScheme });
      const page = await context.newPage();
      await openApis(page);
      await expect(page.getByText("No REST APIs in Sandbox yet")).toBeVisible();
      await expect(page.getByLabel("AWS CLI command to create an API", { exact: true })).toContainText(`aws apigateway create-rest-api --name demo --endpoint-url http://127.0.0.1:${process.env.ARCHWAY_E2E_SANDBOX_PORT ?? 4567}`);
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}/apis-empty-${colorScheme}.png`, fullPage: true });
      await context.close();
    });
  });
}

test.describe("with one API", () => {
  test.use({ storageState: adminStatePath });

  test("an API to show on the screens", async ({ page }) => {
    await openApis(page);
    await page.getByRole("button", { name: "Create API" }).first().click();
    await page.getByRole("dialog").getByLabel("Name", { exact: true }).fill(uniqueName("screens"));
    await page.getByRole("dialog").getByLabel(/Description/).fill("An API for screenshots");
    await page.getByRole("dialog").getByRole("button", { name: "Create API" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
  });

  for (const colorScheme of colorSchemes) {
    test.describe(`${colorScheme} mode`, () => {
      test.use({ colorScheme });
      for (const screen of screens) {
        test(`${screen.name} is accessible`, async ({ page }) => {
          await screen.open(page);
          await expectAccessible(page);
          await page.screenshot({ path: `${screenshotDir}/${screen.name}-${colorScheme}.png`, fullPage: true });
        });
      }
    });
  }
});
