import { getDb, type Database, type EnvironmentVariables } from "@/lib/db/client";
import { issueSetupToken, revokeSetupToken, setupTokenPath } from "./setup-token";
import { emailSchema, newPasswordSchema } from "./user-schemas";
import { adminExists, createUser, findUserByEmail, updateUserRole } from "./users";

export type BootstrapOutcome = { kind: "admin-from-env"; email: string; created: boolean } | { kind: "setup-token"; token: string; path: string } | { kind: "ready" };

/**
 * Run once at server start: creates the admin named by ARCHWAY_ADMIN_EMAIL/ARCHWAY_ADMIN_PASSWORD, or, while no admin
 * exists, issues a first-admin setup token and prints it.
 */
export async function ensureBootstrap(options: { db?: Database; env?: EnvironmentVariables; print?: (line: string) => void } = {}): Promise<BootstrapOutcome> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.log(line));
  const db = options.db ?? (await getDb());
  const path = setupTokenPath(env);
  if (env.ARCHWAY_ADMIN_EMAIL || env.ARCHWAY_ADMIN_PASSWORD) {
    const outcome = await ensureAdminFromEnv(db, env);
    await revokeSetupToken(db, path);
    if (outcome.created) print(`Archway: created admin ${outcome.email} from ARCHWAY_ADMIN_EMAIL.`);
    return outcome;
  }
  if (await adminExists(db)) {
    await revokeSetupToken(db, path);
    return { kind: "ready" };
  }
  const token = await issueSetupToken(db, path);
  print(["", "Archway has no admin yet. Open /setup in the console and enter this setup token:", "", `    ${token}`, "", `(also written to ${path})`, ""].join("\n"));
  return { kind: "setup-token", token, path };
}

async function ensureAdminFromEnv(db: Database, env: EnvironmentVariables): Promise<Extract<BootstrapOutcome, { kind: "admin-from-env" }>> {
  const email = emailSchema.safeParse(env.ARCHWAY_ADMIN_EMAIL ?? "");
  const password = newPasswordSchema.safeParse(env.ARCHWAY_ADMIN_PASSWORD ?? "");
  // A half-configured bootstrap must stop the start: silently falling back would leave the console open to setup.
  if (!email.success) throw new Error("ARCHWAY_ADMIN_EMAIL must be a valid email address when ARCHWAY_ADMIN_PASSWORD is set.");
  if (!password.success) throw new Error(`ARCHWAY_ADMIN_PASSWORD is not acceptable: ${password.error.issues[0]?.message ?? "invalid"}`);
  const existing = await findUserByEmail(db, email.data);
  if (existing) {
    // The variable names this person as an admin; an existing account keeps its password but gains the role.
    if (existing.role !== "admin") await updateUserRole(db, existing.id, "admin");
    return { kind: "admin-from-env", email: email.data, created: false };
  }
  await createUser(db, { email: email.data, name: "Administrator", password: password.data, role: "admin" });
  return { kind: "admin-from-env", email: email.data, created: true };
}
