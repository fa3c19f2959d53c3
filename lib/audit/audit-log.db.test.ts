import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { listAuditedActionNames, listAuditEvents, recordAuditEvent, type NewAuditEvent } from "./audit-log";

const base: NewAuditEvent = {
  actorId: "u-1",
  actorEmail: "ada@example.com",
  envId: "sandbox",
  action: "rest-api.create",
  target: "a1b2c3d4e5",
  outcome: "success",
  awsRequestId: "req-1",
  detail: null,
};
const minute = (n: number) => new Date(Date.UTC(2026, 0, 1, 12, n));

describeEachDatabase("audit log", (db) => {
  async function seed() {
    await recordAuditEvent(db(), { ...base, at: minute(1) });
    await recordAuditEvent(db(), { ...base, at: minute(2), actorEmail: "bob@example.com", action: "rest-api.delete", outcome: "failure", detail: "not_found: Gone." });
    await recordAuditEvent(db(), { ...base, at: minute(3), envId: "env-prod", awsRequestId: null });
    await recordAuditEvent(db(), { ...base, at: minute(4), action: "user.create", envId: null, target: "new@example.com" });
  }

  it("lists each recorded action name once, for the filter", async () => {
    await seed();
    expect(await listAuditedActionNames(db())).toEqual(["rest-api.create", "rest-api.delete", "user.create"]);
  });

  it("returns every recorded field, newest first", async () => {
    await seed();
    const events = await listAuditEvents({}, db());
    expect(events.map((event) => event.at)).toEqual([minute(4), minute(3), minute(2), minute(1)].map((date) => date.toISOString()));
    expect(events[2]).toEqual({
      id: expect.any(String),
      at: minute(2).toISOString(),
      actorEmail: "bob@example.com",
      envId: "sandbox",
      action: "rest-api.delete",
      target: "a1b2c3d4e5",
      outcome: "failure",
      awsRequestId: "req-1",
      detail: "not_found: Gone.",
    });
  });

  it("filters by actor (case-insensitively), action, environment and outcome together", async () => {
    await seed();
    expect((await listAuditEvents({ actor: "BOB@example.com" }, db())).map((e) => e.action)).toEqual(["rest-api.delete"]);
    expect(await listAuditEvents({ action: "user.create" }, db())).toHaveLength(1);
    expect((await listAuditEvents({ envId: "env-prod" }, db())).map((e) => e.at)).toEqual([minute(3).toISOString()]);
    expect(await listAuditEvents({ outcome: "failure" }, db())).toHaveLength(1);
    expect(await listAuditEvents({ actor: "ada@example.com", action: "rest-api.create", envId: "sandbox" }, db())).toHaveLength(1);
  });

  it("pages back with limit and before", async () => {
    await seed();
    const first = await listAuditEvents({ limit: 2 }, db());
    expect(first.map((e) => e.at)).toEqual([minute(4), minute(3)].map((d) => d.toISOString()));
    const second = await listAuditEvents({ limit: 2, before: first.at(-1)!.at }, db());
    expect(second.map((e) => e.at)).toEqual([minute(2), minute(1)].map((d) => d.toISOString()));
  });

  it("ignores an unreadable before cursor rather than failing", async () => {
    await seed();
    expect(await listAuditEvents({ before: "yesterday-ish" }, db())).toHaveLength(4);
  });
});
