import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { getDb, type DatabaseExecutor } from "@/lib/db/client";
import { environments } from "@/lib/db/schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ConsoleError } from "@/lib/errors";
import type { CredentialsSource, EnvironmentFields } from "./environment-schema";
import { sandboxEnvironment, sandboxEnvironmentId } from "./sandbox-environment";

/** An environment as the console shows it; it carries where to find credentials, never the credentials. */
export type EnvironmentSummary = {
  id: string;
  name: string;
  kind: "sandbox" | "aws";
  region: string;
  /** "static" only for the sandbox, which uses fixed local test credentials. */
  credentialsSource: CredentialsSource | "static";
  profile?: string;
  roleArn?: string;
  endpointUrl?: string;
  protected: boolean;
};

/** Every environment, the built-in sandbox first. */
export async function listEnvironments(db?: DatabaseExecutor): Promise<EnvironmentSummary[]> {
  const rows = await (db ?? (await getDb())).select().from(environments).orderBy(asc(environments.name));
  return [sandboxEnvironment(), ...rows.map(toSummary)];
}

export async function getEnvironment(id: string, db?: DatabaseExecutor): Promise<EnvironmentSummary | null> {
  if (id === sandboxEnvironmentId) return sandboxEnvironment();
  const [row] = await (db ?? (await getDb())).select().from(environments).where(eq(environments.id, id));
  return row ? toSummary(row) : null;
}

export async function insertEnvironment(db: DatabaseExecutor, fields: EnvironmentFields): Promise<EnvironmentSummary> {
  const [row] = await db.insert(environments).values({ id: randomUUID(), ...toColumns(fields) }).onConflictDoNothing().returning();
  if (!row) throw nameTaken();
  return toSummary(row);
}

export async function updateEnvironment(db: DatabaseExecutor, id: string, fields: EnvironmentFields): Promise<EnvironmentSummary> {
  assertEditable(id);
  const [row] = await db
    .update(environments)
    .set({ ...toColumns(fields), updatedAt: new Date() })
    .where(eq(environments.id, id))
    .returning()
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
  if (!row) throw new ConsoleError("not_found", "That environment no longer exists.");
  return toSummary(row);
}

export async function deleteEnvironment(db: DatabaseExecutor, id: string): Promise<void> {
  assertEditable(id);
  const [row] = await db.delete(environments).where(eq(environments.id, id)).returning({ id: environments.id });
  if (!row) throw new ConsoleError("not_found", "That environment no longer exists.");
}

function assertEditable(id: string): void {
  if (id === sandboxEnvironmentId) throw new ConsoleError("validation", "The built-in sandbox environment cannot be changed or deleted.");
}

function nameTaken(): ConsoleError {
  const message = "An environment with this name already exists.";
  return new ConsoleError("conflict", message, { fieldErrors: { name: [message] } });
}

function toColumns(fields: EnvironmentFields) {
  return {
    name: fields.name,
    region: fields.region,
    credentialsSource: fields.credentialsSource,
    profile: fields.profile ?? null,
    roleArn: fields.roleArn ?? null,
    endpointUrl: fields.endpointUrl ?? null,
    protected: fields.protected,
  };
}

function toSummary(row: typeof environments.$inferSelect): EnvironmentSummary {
  return {
    id: row.id,
    name: row.name,
    kind: "aws",
    region: row.region,
    credentialsSource: row.credentialsSource,
    ...(row.profile ? { profile: row.profile } : {}),
    ...(row.roleArn ? { roleArn: row.roleArn } : {}),
    ...(row.endpointUrl ? { endpointUrl: row.endpointUrl } : {}),
    protected: row.protected,
  };
}

/** The environment an action names, or a not_found failure the user can act on. */
export async function requireEnvironment(id: string, db?: DatabaseExecutor): Promise<EnvironmentSummary> {
  const environment = await getEnvironment(id, db);
  if (!environment) throw new ConsoleError("not_found", "That environment does not exist. Choose another in the environment switcher.");
  return environment;
}
