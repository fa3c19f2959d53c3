import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const dataDir = process.env.ARCHWAY_E2E_DATA_DIR ?? "";
export const adminStatePath = join(dataDir, "admin-storage-state.json");
export const admin = { name: "Ada Admin", email: "ada@example.com", password: "correct horse battery staple" };

/** The token the console wrote at start while no admin exists, as `npm start` would print it. */
export function readSetupToken(): string {
  return readFileSync(join(dataDir, "setup-token"), "utf8").trim();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Fails on serious or critical accessibility violations, listing each with the elements it found. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const report = serious.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(" ")).join("\n  ")}`);
  expect(report, `axe on ${page.url()}`).toEqual([]);
}

/** A name unique to this run, so journeys never trip over each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
