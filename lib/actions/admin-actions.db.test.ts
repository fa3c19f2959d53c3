import { beforeEach, expect, it, vi } from "vitest";
import { listAuditEvents } from "@/lib/audit/audit-log";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, listUsers } from "@/lib/auth/users";
import type { Database } from "@/lib/db/client";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { listEnvironments } from "@/lib/environments/environments";

const current = vi.hoisted(() => ({ db: undefined as Database | undefined, user: null as SessionUser | null }));

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.user }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  getDb: async () => current.db!,
}));

const { createUserAction } = await import("./users/create-user");
const { updateUserRoleAction } = await import("./users/update-user-role");
const { createEnvironmentAction } = await import("./environments/create-environment");
const { updateEnvironmentAction } = await import("./environments/update-environment");
const { deleteEnvironmentAction } = await import("./environments/delete-environment");

const production = { name: "Production", region: "eu-west-1", credentialsSource: "profile", profile: "prod", protected: true };

describeEachDatabase("admin actions", (db) => {
  let admin: SessionUser;
  beforeEach(async () => {
    current.db = db();
    admin = await createUser(db(), { email: "root@example.com", name: "Root", password: "correct horse battery", role: "admin" });
    current.user = admin;
  });

  it("lets an admin add a user and change roles, but not demote the last admin", async () => {
    const created = await createUserAction({ email: "ed@example.com", name: "Ed", password: "another long password", role: "viewer" });
    if (!created.ok) throw new Error(created.error.message);
    expect((await updateUserRoleAction({ userId: created.data.id, role: "editor" })).ok).toBe(true);
    expect(await updateUserRoleAction({ userId: admin.id, role: "viewer" })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect((await listUsers(db())).map((user) => `${user.email}:${user.role}`)).toEqual(["ed@example.com:editor", "root@example.com:admin"]);
  });

  it("refuses user and environment changes to anyone below admin", async () => {
    current.user = { ...admin, id: "someone", email: "dee@example.com", role: "deployer" };
    expect(await createUserAction({ email: "x@example.com", name: "X", password: "another long password", role: "admin" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await createEnvironmentAction(production)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await listUsers(db())).toHaveLength(1);
  });

  it("adds, edits and deletes an environment with a typed confirmation, auditing each step", async () => {
    const created = await createEnvironmentAction(production);
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.id;
    expect(await updateEnvironmentAction({ ...production, id, region: "eu-central-1" })).toMatchObject({ ok: true, data: { region: "eu-central-1" } });
    expect(await deleteEnvironmentAction({ id, confirmName: "prod" })).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { confirmName: ["Type Production to confirm."] } } });
    expect(await deleteEnvironmentAction({ id, confirmName: "Production" })).toEqual({ ok: true, data: { id } });
    expect((await listEnvironments(db())).map((env) => env.id)).toEqual(["sandbox"]);
    const trail = (await listAuditEvents({ actor: admin.email }, db())).map((event) => `${event.action}:${event.outcome}`);
    // Two events can share a millisecond, so the trail is compared without its order.
    expect(trail.sort()).toEqual(["environment.create:success", "environment.delete:failure", "environment.delete:success", "environment.update:success"]);
  });

  it("refuses to edit or delete the built-in sandbox", async () => {
    expect(await updateEnvironmentAction({ ...production, name: "Mine", id: "sandbox" })).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await deleteEnvironmentAction({ id: "sandbox", confirmName: "Sandbox" })).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});
