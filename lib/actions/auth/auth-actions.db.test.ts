import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, expect, it, vi } from "vitest";
import { listAuditEvents } from "@/lib/audit/audit-log";
import { issueSetupToken } from "@/lib/auth/setup-token";
import { findSessionUser } from "@/lib/auth/session-store";
import { adminExists } from "@/lib/auth/users";
import type { Database } from "@/lib/db/client";
import { describeEachDatabase } from "@/lib/db/test-databases";

// The actions run as Next would run them, with the request's cookies and headers standing in for a browser's.
const request = vi.hoisted(() => ({ db: undefined as Database | undefined, cookies: new Map<string, string>(), headers: new Headers() }));

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (options: { name: string }) => void request.cookies.delete(options.name),
  }),
  headers: async () => request.headers,
}));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  getDb: async () => request.db!,
}));

const { setupFirstAdminAction } = await import("./setup-first-admin");
const { signInAction } = await import("./sign-in");
const { signOutAction } = await import("./sign-out");

const admin = { email: "root@example.com", name: "Root", password: "correct horse battery" };

describeEachDatabase("auth actions", (db) => {
  beforeEach(() => {
    request.db = db();
    request.cookies.clear();
    request.headers = new Headers({ "x-forwarded-for": "198.51.100.1" });
  });

  async function setUp(): Promise<void> {
    const setupToken = await issueSetupToken(db(), join(await mkdtemp(join(tmpdir(), "archway-setup-")), "setup-token"));
    expect(await setupFirstAdminAction({ ...admin, setupToken })).toEqual({ ok: true, data: { redirectTo: "/" } });
    request.cookies.clear();
  }

  it("creates the first admin with the setup token, signs them in, and spends the token", async () => {
    const tokenPath = join(await mkdtemp(join(tmpdir(), "archway-setup-")), "setup-token");
    const setupToken = await issueSetupToken(db(), tokenPath);
    expect(await setupFirstAdminAction({ ...admin, setupToken: "wrong" })).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { setupToken: expect.any(Array) } } });
    expect(await adminExists(db())).toBe(false);
    expect(await setupFirstAdminAction({ ...admin, setupToken })).toEqual({ ok: true, data: { redirectTo: "/" } });
    expect(await findSessionUser(db(), request.cookies.get("archway_session")!)).toMatchObject({ email: admin.email, role: "admin" });
    const again = await setupFirstAdminAction({ ...admin, email: "other@example.com", setupToken });
    expect(again).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("signs in, audits who signed in, and signs out", async () => {
    await setUp();
    expect(await signInAction({ email: "ROOT@example.com", password: admin.password, next: "//evil.example" })).toEqual({ ok: true, data: { redirectTo: "/" } });
    const token = request.cookies.get("archway_session")!;
    expect(await findSessionUser(db(), token)).toMatchObject({ email: admin.email });
    expect(await signOutAction({})).toEqual({ ok: true, data: { redirectTo: "/sign-in" } });
    expect(request.cookies.has("archway_session")).toBe(false);
    expect(await findSessionUser(db(), token)).toBeNull();
    const actions = (await listAuditEvents({ actor: admin.email }, db())).map((event) => `${event.action}:${event.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(["auth.sign-in:success", "auth.sign-out:success", "auth.setup-first-admin:success"]));
  });

  it("answers a wrong password generically and then rate-limits the email", async () => {
    await setUp();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await signInAction({ email: admin.email, password: "nope" })).toEqual({ ok: false, error: { code: "unauthenticated", message: "The email or password is incorrect." } });
    }
    const blocked = await signInAction({ email: admin.email, password: admin.password });
    expect(blocked).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/) } });
    expect(request.cookies.has("archway_session")).toBe(false);
  });
});
