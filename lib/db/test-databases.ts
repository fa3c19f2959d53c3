/**
 * Test support: runs database tests against every available driver. PGlite always (a temp folder copied from a
 * migrated template, since creating a PGlite cluster takes tens of seconds); PostgreSQL when TEST_DATABASE_URL is
 * set, in a fresh database per test file.
 */
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, it } from "vitest";
import { openDatabase, type Database, type OpenDatabase } from "./client";

type TestTarget = { label: string; skipReason?: string; open: () => Promise<OpenDatabase> };

const tables = ["advisor_dismissals", "audit_events", "deployment_records", "environments", "protected_stages", "sessions", "setup_tokens", "sign_in_attempts", "users"];

/** Declares `body` once per available driver; each gets its own database, emptied before every test. */
export function describeEachDatabase(title: string, body: (db: () => Database) => void): void {
  describe.each(testTargets())(`${title} on $label`, (target) => {
    if (target.skipReason) {
      it.skip(`skipped: ${target.skipReason}`, () => undefined);
      return;
    }
    let open: OpenDatabase | undefined;
    beforeAll(async () => {
      open = await target.open();
    }, 120_000);
    afterAll(async () => {
      await open?.close();
    });
    beforeEach(async () => {
      await open!.db.execute(sql.raw(`truncate ${tables.join(", ")} cascade`));
    });
    body(() => open!.db);
  });
}

/** Rows of a raw query; both drivers answer `{ rows }`, which the shared driver type leaves unknown. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

function testTargets(): TestTarget[] {
  const url = process.env.TEST_DATABASE_URL;
  return [
    { label: "PGlite", open: openPgliteFromTemplate },
    url
      ? { label: "PostgreSQL", open: () => openFreshPostgres(url) }
      : { label: "PostgreSQL", skipReason: "TEST_DATABASE_URL is not set, so only PGlite was tested", open: () => Promise.reject(new Error("no TEST_DATABASE_URL")) },
  ];
}

/** Fills `dataDir` with an already-migrated PGlite cluster (a fresh one costs tens of seconds to create). */
export async function copyPgliteTemplate(dataDir: string): Promise<void> {
  await cp(await migratedTemplate(), dataDir, { recursive: true });
}

async function openPgliteFromTemplate(): Promise<OpenDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "archway-db-test-"));
  await copyPgliteTemplate(dataDir);
  const open = await openDatabase({ driver: "pglite", dataDir });
  return { ...open, close: async () => (await open.close(), rm(dataDir, { recursive: true, force: true })) };
}

/** A migrated PGlite folder keyed by the migrations' content, built once and reused by later runs. */
async function migratedTemplate(): Promise<string> {
  const migrations = join(process.cwd(), "lib/db/migrations");
  const hash = createHash("sha256");
  for (const file of (await readdir(migrations, { recursive: true })).sort()) {
    const path = join(migrations, file);
    if ((await stat(path)).isFile()) hash.update(file).update(await readFile(path));
  }
  const template = join(tmpdir(), `archway-pglite-template-${hash.digest("hex").slice(0, 16)}`);
  if (await stat(template).catch(() => null)) return template;
  const building = `${template}.${randomBytes(4).toString("hex")}`;
  const open = await openDatabase({ driver: "pglite", dataDir: building });
  await open.close();
  // Another run may have finished first; either copy is a valid template.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}

async function openFreshPostgres(url: string): Promise<OpenDatabase> {
  const empty = await createEmptyPostgresDatabase(url);
  const open = await openDatabase({ driver: "postgres", url: empty.url });
  return { ...open, close: async () => (await open.close(), empty.drop()) };
}

/** A new, empty PostgreSQL database beside the one TEST_DATABASE_URL names, and a way to drop it. */
export async function createEmptyPostgresDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `archway_test_${randomBytes(6).toString("hex")}`;
  await runAdminQuery(url, `create database ${name}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return { url: databaseUrl.toString(), drop: () => runAdminQuery(url, `drop database if exists ${name} with (force)`) };
}

async function runAdminQuery(url: string, statement: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
