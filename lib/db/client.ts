import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The console's database, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A database handle or an open transaction: store functions accept either so callers can group writes. */
export type DatabaseExecutor = Database | PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** process.env or a stand-in: only the variables' values are read. */
export type EnvironmentVariables = Record<string, string | undefined>;

export type DatabaseConfig = { driver: "pglite"; dataDir: string } | { driver: "postgres"; url: string };

export type OpenDatabase = { db: Database; config: DatabaseConfig; close(): Promise<void> };

/** Migrations ship as SQL beside the source; the server runs from the repository root. */
const migrationsFolder = join(process.cwd(), "lib/db/migrations");
/** Arbitrary constant shared by every console process, so only one applies migrations at a time. */
const migrationLockKey = 7_204_118_001;

export function databaseConfigFromEnv(env: EnvironmentVariables = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { driver: "postgres", url: env.DATABASE_URL };
  return { driver: "pglite", dataDir: join(env.ARCHWAY_DATA_DIR ?? ".archway", "db") };
}

/** Opens a database and applies pending migrations before returning it. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.driver === "pglite" ? openPglite(config) : openPostgres(config);
}

async function openPglite(config: Extract<DatabaseConfig, { driver: "pglite" }>): Promise<OpenDatabase> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  await mkdir(config.dataDir, { recursive: true });
  const client = await PGlite.create(config.dataDir);
  const db = drizzle({ client, schema });
  try {
    await migrate(db, { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  return { db, config, close: () => client.close() };
}

async function openPostgres(config: Extract<DatabaseConfig, { driver: "postgres" }>): Promise<OpenDatabase> {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  try {
    const connection = await pool.connect();
    try {
      // Several console processes may start against one database; the lock makes the migration run once.
      await connection.query("select pg_advisory_lock($1)", [migrationLockKey]);
      await migrate(drizzle({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query("select pg_advisory_unlock($1)", [migrationLockKey]).catch(() => undefined);
      connection.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db: drizzle({ client: pool, schema }), config, close: () => pool.end() };
}

// Kept on globalThis: Next bundles instrumentation, pages and actions separately, and a PGlite data folder
// must be opened by one instance per process.
const globalKey = Symbol.for("archway.database");
type GlobalWithDatabase = typeof globalThis & { [globalKey]?: Promise<OpenDatabase> };

/** The process-wide database, opened and migrated on first use; concurrent first calls share one open. */
export async function getDb(): Promise<Database> {
  const holder = globalThis as GlobalWithDatabase;
  if (!holder[globalKey]) {
    holder[globalKey] = openDatabase(databaseConfigFromEnv()).catch((error: unknown) => {
      delete holder[globalKey];
      throw error;
    });
  }
  return (await holder[globalKey]).db;
}
