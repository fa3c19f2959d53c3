import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachDatabase } from "./test-databases";

describeEachDatabase("migrations", (db) => {
  it("creates every table the console stores", async () => {
    const result = await db().execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(result.rows.map((row) => row.table_name)).toEqual(["audit_events", "environments", "sessions", "setup_tokens", "sign_in_attempts", "users"]);
  });

  it("records the applied migration so a restart does not apply it again", async () => {
    const result = await db().execute<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
    expect(result.rows[0]?.count).toBe(1);
  });
});
