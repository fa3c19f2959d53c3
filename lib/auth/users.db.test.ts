import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { ConsoleError } from "@/lib/errors";
import { ensureBootstrap } from "./bootstrap";
import { setupTokenMatches } from "./setup-token";
import { adminExists, createUser, findUserByEmail, listUsers, updateUserRole } from "./users";

const password = "correct horse battery";

describeEachDatabase("users", (db) => {
  it("stores a user with an argon2id hash, never the password", async () => {
    await createUser(db(), { email: "Ada@Example.com", name: "Ada", password, role: "editor" });
    const stored = await findUserByEmail(db(), "ada@example.com");
    expect(stored).toMatchObject({ email: "ada@example.com", name: "Ada", role: "editor" });
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored!.passwordHash).not.toContain(password);
  });

  it("refuses a second user with the same email, whatever its case", async () => {
    await createUser(db(), { email: "ada@example.com", name: "Ada", password, role: "viewer" });
    const second = createUser(db(), { email: "ADA@example.com", name: "Other", password, role: "viewer" });
    await expect(second).rejects.toMatchObject({ code: "conflict", fieldErrors: { email: ["A user with this email already exists."] } });
  });

  it("lists users by email without their password hashes", async () => {
    await createUser(db(), { email: "zed@example.com", name: "Zed", password, role: "viewer" });
    await createUser(db(), { email: "amy@example.com", name: "Amy", password, role: "admin" });
    const users = await listUsers(db());
    expect(users.map((user) => user.email)).toEqual(["amy@example.com", "zed@example.com"]);
    expect(Object.keys(users[0]!).sort()).toEqual(["createdAt", "email", "id", "name", "role"]);
  });

  it("changes a role but never demotes the last admin", async () => {
    const admin = await createUser(db(), { email: "root@example.com", name: "Root", password, role: "admin" });
    const error = await updateUserRole(db(), admin.id, "viewer").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsoleError);
    expect(error).toMatchObject({ code: "conflict" });
    const second = await createUser(db(), { email: "two@example.com", name: "Two", password, role: "viewer" });
    expect((await updateUserRole(db(), second.id, "admin")).role).toBe("admin");
    expect((await updateUserRole(db(), admin.id, "viewer")).role).toBe("viewer");
  });

  it("issues a setup token while no admin exists, prints it and writes it owner-readable only", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "archway-bootstrap-"));
    const printed: string[] = [];
    const outcome = await ensureBootstrap({ db: db(), env: { ARCHWAY_DATA_DIR: dataDir }, print: (line) => printed.push(line) });
    if (outcome.kind !== "setup-token") throw new Error(`expected a setup token, got ${outcome.kind}`);
    expect(printed.join("\n")).toContain(outcome.token);
    expect((await readFile(join(dataDir, "setup-token"), "utf8")).trim()).toBe(outcome.token);
    expect((await stat(join(dataDir, "setup-token"))).mode & 0o777).toBe(0o600);
    expect(await setupTokenMatches(db(), outcome.token)).toBe(true);
    expect(await setupTokenMatches(db(), "guessed")).toBe(false);
  });

  it("creates the admin from ARCHWAY_ADMIN_EMAIL/PASSWORD instead of a setup token, once", async () => {
    const env = { ARCHWAY_DATA_DIR: await mkdtemp(join(tmpdir(), "archway-bootstrap-")), ARCHWAY_ADMIN_EMAIL: "Boss@Example.com", ARCHWAY_ADMIN_PASSWORD: password };
    expect(await ensureBootstrap({ db: db(), env, print: () => undefined })).toEqual({ kind: "admin-from-env", email: "boss@example.com", created: true });
    expect(await ensureBootstrap({ db: db(), env, print: () => undefined })).toMatchObject({ created: false });
    expect(await adminExists(db())).toBe(true);
    await expect(stat(join(env.ARCHWAY_DATA_DIR, "setup-token"))).rejects.toThrow();
  });

  it("refuses to start with a bootstrap password that is too short", async () => {
    const env = { ARCHWAY_DATA_DIR: tmpdir(), ARCHWAY_ADMIN_EMAIL: "boss@example.com", ARCHWAY_ADMIN_PASSWORD: "short" };
    await expect(ensureBootstrap({ db: db(), env, print: () => undefined })).rejects.toThrow(/ARCHWAY_ADMIN_PASSWORD/);
  });
});
