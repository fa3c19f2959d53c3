import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb, openDatabase, type Database } from "./client";
import { copyPgliteTemplate, createEmptyPostgresDatabase, describeEachDatabase, queryRows } from "./test-databases";

async function migrationCount(db: Database): Promise<number | undefined> {
  const rows = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return rows[0]?.count;
}

describeEachDatabase("migrations", (db) => {
  it("creates every table the console stores", async () => {
    const rows = await queryRows<{ table_name: string }>(db(), sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    expect(rows.map((row) => row.table_name)).toEqual(["advisor_dismissals", "audit_events", "deployment_records", "environments", "protected_stages", "sessions", "setup_tokens", "sign_in_attempts", "users"]);
  });

  it("records the applied migration so a restart does not apply it again", async () => {
    expect(await migrationCount(db())).toBe(3);
  });
});

describe("getDb", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("opens the PGlite folder under ARCHWAY_DATA_DIR once, however many first calls race", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "archway-getdb-"));
    await copyPgliteTemplate(join(dataDir, "db"));
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("ARCHWAY_DATA_DIR", dataDir);
    const handles = await Promise.all([getDb(), getDb(), getDb()]);
    expect(new Set(handles).size).toBe(1);
    expect(await migrationCount(handles[0]!)).toBe(3);
  });
});

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!testDatabaseUrl)("PostgreSQL migrations under concurrent starts (needs TEST_DATABASE_URL)", () => {
  it("applies the migrations exactly once when several consoles start together", async () => {
    const empty = await createEmptyPostgresDatabase(testDatabaseUrl!);
    const opens = await Promise.all([1, 2, 3].map(() => openDatabase({ driver: "postgres", url: empty.url })));
    try {
      expect(await migrationCount(opens[0]!.db)).toBe(3);
    } finally {
      await Promise.all(opens.map((open) => open.close()));
      await empty.drop();
    }
  });
});
