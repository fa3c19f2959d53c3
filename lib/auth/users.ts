import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { getDb, type DatabaseExecutor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { ConsoleError } from "@/lib/errors";
import { hashPassword } from "./passwords";
import type { Role } from "./roles";

export type UserSummary = { id: string; email: string; name: string; role: Role; createdAt: string };
export type UserRecord = UserSummary & { passwordHash: string };

export async function listUsers(db?: DatabaseExecutor): Promise<UserSummary[]> {
  const rows = await (db ?? (await getDb())).select().from(users).orderBy(asc(users.email));
  return rows.map(toSummary);
}

export async function findUserByEmail(db: DatabaseExecutor, email: string): Promise<UserRecord | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ? { ...toSummary(row), passwordHash: row.passwordHash } : null;
}

export async function findUserById(db: DatabaseExecutor, id: string): Promise<UserSummary | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toSummary(row) : null;
}

export async function adminExists(db?: DatabaseExecutor): Promise<boolean> {
  const [row] = await (db ?? (await getDb())).select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
  return row !== undefined;
}

export async function createUser(db: DatabaseExecutor, input: { email: string; name: string; password: string; role: Role }): Promise<UserSummary> {
  if (await findUserByEmail(db, input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ id: randomUUID(), email: input.email.toLowerCase(), name: input.name, role: input.role, passwordHash })
    .onConflictDoNothing()
    .returning();
  // A concurrent create of the same email loses here rather than failing with a raw constraint error.
  if (!row) throw emailTaken();
  return toSummary(row);
}

/** Changes a role, refusing to leave the console without an admin. */
export async function updateUserRole(db: DatabaseExecutor, userId: string, role: Role): Promise<UserSummary> {
  const user = await findUserById(db, userId);
  if (!user) throw new ConsoleError("not_found", "That user no longer exists.");
  if (user.role === "admin" && role !== "admin" && (await countAdmins(db)) <= 1) {
    throw new ConsoleError("conflict", "This is the only admin. Make someone else an admin first.");
  }
  const [row] = await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).returning();
  if (!row) throw new ConsoleError("not_found", "That user no longer exists.");
  return toSummary(row);
}

/** Locks the admin rows so two admins demoting each other at once cannot both succeed. */
async function countAdmins(db: DatabaseExecutor): Promise<number> {
  const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).for("update");
  return admins.length;
}

function emailTaken(): ConsoleError {
  return new ConsoleError("conflict", "A user with this email already exists.", { fieldErrors: { email: ["A user with this email already exists."] } });
}

function toSummary(row: typeof users.$inferSelect): UserSummary {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt.toISOString() };
}
