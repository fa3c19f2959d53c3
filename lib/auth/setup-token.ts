import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DatabaseExecutor, EnvironmentVariables } from "@/lib/db/client";
import { setupTokens } from "@/lib/db/schema";
import { hashSecretToken, newSecretToken, secretTokenMatches } from "./secret-token";

export function setupTokenPath(env: EnvironmentVariables = process.env): string {
  return join(env.ARCHWAY_DATA_DIR ?? ".archway", "setup-token");
}

/** Replaces any earlier token with a new one, stores its hash, and writes it where only this user can read it. */
export async function issueSetupToken(db: DatabaseExecutor, path = setupTokenPath()): Promise<string> {
  const token = newSecretToken();
  await db.transaction(async (tx) => {
    await tx.delete(setupTokens);
    await tx.insert(setupTokens).values({ tokenHash: hashSecretToken(token) });
  });
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, `${token}\n`, { mode: 0o600 });
  // writeFile keeps an existing file's mode, so tighten it explicitly.
  await chmod(path, 0o600);
  return token;
}

export async function setupTokenMatches(db: DatabaseExecutor, token: string): Promise<boolean> {
  const rows = await db.select().from(setupTokens).for("update");
  return rows.some((row) => secretTokenMatches(token, row.tokenHash));
}

/** Once an admin exists the token is spent: forget it everywhere. */
export async function revokeSetupToken(db: DatabaseExecutor, path = setupTokenPath()): Promise<void> {
  await db.delete(setupTokens);
  await rm(path, { force: true });
}
