import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { admin, adminStatePath, signIn, uniqueName } from "./support/console";
import { serverActionId } from "./support/server-actions";

// Every server action in the production build, called signed out and as each role with an input no action accepts:
// a caller below the action's role must be refused before its input is read, a caller with the role must get past
// the role check (and stop at input validation), and nothing may change. New actions are covered automatically.

const callers = ["signed-out", "viewer", "editor", "deployer", "admin"] as const;
type Caller = (typeof callers)[number];
type Access = "public" | "viewer" | "editor" | "deployer" | "admin";
type BuiltAction = { id: string; file: string; exportedName: string; pagePath: string; access: Access };

const rank: Record<Exclude<Access, "public">, number> = { viewer: 0, editor: 1, deployer: 2, admin: 3 };
const probeInput = "access-matrix-probe";

function expectedCode(access: Access, caller: Caller): "validation" | "unauthenticated" | "forbidden" {
  if (access === "public") return "validation";
  if (caller === "signed-out") return "unauthenticated";
  return rank[caller] >= rank[access] ? "validation" : "forbidden";
}

type ManifestEntry = { filename?: string; exportedName?: string; workers?: Record<string, unknown> };

/** Every action the build knows, with the role its defineAction declares and a page whose bundle serves it. */
function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const file = entry.filename ?? "";
    const source = readFileSync(join(process.cwd(), file), "utf8");
    const declared = [...source.matchAll(/\baccess:\s*"(public|viewer|editor|deployer|admin)"/g)].map((match) => match[1] as Access);
    // One action per file, built on the one action client: anything else is a defect this test reports.
    if (declared.length !== 1) throw new Error(`${file} (${entry.exportedName}) must define exactly one action with defineAction({ access }); found ${declared.length}`);
    return { id, file, exportedName: entry.exportedName ?? "", pagePath: pagePathOf(Object.keys(entry.workers ?? {})), access: declared[0]! };
  });
}

/** "app/(console)/env/[envId]/apis/[apiId]/page" -> "/env/sandbox/apis/probe": a URL whose page bundle holds the action. */
function pagePathOf(workers: string[]): string {
  const page = workers.find((worker) => worker.endsWith("/page")) ?? workers[0] ?? "app/page";
  const segments = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.+\)$/.test(segment))
    .map((segment) => (segment === "[envId]" ? "sandbox" : segment.replace(/^\[+\.{0,3}(.+?)\]+$/, "probe-$1")));
  return `/${segments.join("/")}`;
}

async function callAction(request: APIRequestContext, action: BuiltAction): Promise<string> {
  const response = await request.post(action.pagePath, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([probeInput]),
    maxRedirects: 0,
  });
  const body = await response.text();
  return /"code":"([a-z_]+)"/.exec(body)?.[1] ?? `HTTP ${response.status()} ${body.slice(0, 120)}`;
}

async function signedInRequest(browser: Browser, user: { email: string; password: string } | null) {
  const context = user ? await browser.newContext() : await browser.newContext({ storageState: { cookies: [], origins: [] } });
  if (user) {
    const page = await context.newPage();
    await page.goto("/sign-in");
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/env\//);
    await page.close();
  }
  return context;
}

test("every server action lets through exactly the roles it allows, refuses the others before reading input, and changes nothing", async ({ browser }) => {
  const actions = builtActions();
  expect(actions.length).toBeGreaterThan(10);
  const adminContext = await browser.newContext({ storageState: adminStatePath });

  const password = "access matrix password 1";
  const users: Partial<Record<Caller, { email: string; password: string } | null>> = { "signed-out": null };
  for (const role of ["viewer", "editor", "deployer"] as const) {
    const email = `${uniqueName(`matrix-${role}`)}@example.com`;
    const created = await adminCall(adminContext.request, { email, name: `Matrix ${role}`, password, role });
    expect(created, `creating the ${role}`).toContain('"ok":true');
    users[role] = { email, password };
  }

  const contexts = { admin: adminContext } as Record<Caller, Awaited<ReturnType<typeof signedInRequest>>>;
  for (const caller of ["signed-out", "viewer", "editor", "deployer"] as const) contexts[caller] = await signedInRequest(browser, users[caller] ?? null);

  const mismatches: string[] = [];
  let calls = 0;
  for (const action of actions) {
    for (const caller of callers) {
      const code = await callAction(contexts[caller].request, action);
      calls += 1;
      const expected = expectedCode(action.access, caller);
      if (code !== expected) mismatches.push(`${action.file} ${action.exportedName} (access ${action.access}) as ${caller}: got ${code}, expected ${expected}`);
    }
  }
  console.log(`access matrix: ${actions.length} server actions x ${callers.length} callers = ${calls} calls checked`);
  expect(mismatches).toEqual([]);

  // Refused and invalid calls record nothing: the callers' only audit entries are their sign-ins, and the admin's
  // newest ones are still the three user creations made above.
  for (const caller of ["viewer", "editor", "deployer"] as const) {
    expect(await auditedActions(adminContext.request, users[caller]!.email), caller).toEqual(["auth.sign-in"]);
  }
  expect((await auditedActions(adminContext.request, admin.email)).slice(0, 3)).toEqual(["user.create", "user.create", "user.create"]);
  for (const context of Object.values(contexts)) await context.close();
});

async function adminCall(request: APIRequestContext, input: Record<string, string>): Promise<string> {
  const id = serverActionId("lib/actions/users/create-user.ts", "createUserAction");
  const response = await request.post("/admin/users", {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([input]),
  });
  return response.text();
}

/** The action names of an actor's audit entries, newest first, as the audit page lists them. */
async function auditedActions(request: APIRequestContext, actor: string): Promise<string[]> {
  const html = await (await request.get(`/audit?${new URLSearchParams({ actor })}`)).text();
  const tbody = /<tbody[^>]*>(.*?)<\/tbody>/s.exec(html)?.[1] ?? "";
  // Columns: when, actor, action, ...
  return [...tbody.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) => {
    const cells = [...row[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((cell) => cell[1]!.replace(/<[^>]+>/g, "").trim());
    return cells[2] ?? "?";
  });
}
