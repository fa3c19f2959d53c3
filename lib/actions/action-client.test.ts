import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { NewAuditEvent } from "@/lib/audit/audit-log";
import type { SessionUser } from "@/lib/auth/session";
import type { Database, DatabaseExecutor } from "@/lib/db/client";
import { ConsoleError, genericErrorMessage } from "@/lib/errors";
import { createActionClient } from "./action-client";

vi.mock("server-only", () => ({}));

const editor: SessionUser = { id: "u-1", email: "ed@example.com", name: "Ed", role: "editor" };
const viewer: SessionUser = { ...editor, id: "u-2", email: "vi@example.com", role: "viewer" };

// Stand-ins for the database: the action client only hands them on, so identity is all the tests need.
const transaction = { kind: "transaction" } as unknown as DatabaseExecutor;
const database = { kind: "database", transaction: (run: (tx: DatabaseExecutor) => Promise<unknown>) => run(transaction) } as unknown as Database;

let session: SessionUser | null;
let audits: Array<{ db: DatabaseExecutor; event: NewAuditEvent }>;
const getSession = vi.fn(async () => session);
const defineAction = createActionClient({
  getSession,
  getDb: async () => database,
  recordAudit: async (db, event) => void audits.push({ db, event }),
});

const input = z.object({ envId: z.string(), name: z.string().min(1, "Enter a name.") });

function renameAction(handler: (parsed: z.output<typeof input>, ctx: { audit: { requestId?: string | null } }) => Promise<unknown>, transactional = false) {
  return defineAction({
    name: "thing.rename",
    input,
    access: "editor",
    audit: { envId: (parsed) => parsed.envId, target: (parsed) => parsed.name },
    transaction: transactional,
    handler,
  });
}

beforeEach(() => {
  session = editor;
  audits = [];
  getSession.mockClear();
});

describe("action client", () => {
  it("checks the session before the input and returns per-field messages to a caller with the role", async () => {
    const handler = vi.fn();
    const result = await renameAction(handler)({ envId: "sandbox", name: "" });
    expect(result).toEqual({ ok: false, error: { code: "validation", message: "Enter a name.", fieldErrors: { name: ["Enter a name."] } } });
    expect(getSession).toHaveBeenCalledTimes(1);
    expect(handler).not.toHaveBeenCalled();
  });

  it("tells a caller without the role nothing about the input's shape", async () => {
    session = viewer;
    const result = await renameAction(vi.fn())({ not: "the input" });
    expect(result).toEqual({ ok: false, error: { code: "forbidden", message: "This needs the editor role; you are a viewer." } });
    session = null;
    expect(await renameAction(vi.fn())(undefined)).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
  });

  it("refuses a signed-out caller without running the handler or auditing", async () => {
    session = null;
    const handler = vi.fn();
    const result = await renameAction(handler)({ envId: "sandbox", name: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(handler).not.toHaveBeenCalled();
    expect(audits).toEqual([]);
  });

  it("refuses a role below the minimum", async () => {
    session = viewer;
    const handler = vi.fn();
    const result = await renameAction(handler)({ envId: "sandbox", name: "x" });
    expect(result).toEqual({ ok: false, error: { code: "forbidden", message: "This needs the editor role; you are a viewer." } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns the handler's data and audits the success with the AWS request id", async () => {
    const result = await renameAction(async (parsed, ctx) => {
      ctx.audit.requestId = "req-ok";
      return { renamed: parsed.name };
    })({ envId: "env-1", name: "pets", extra: "ignored" });
    expect(result).toEqual({ ok: true, data: { renamed: "pets" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.event).toMatchObject({
      actorId: "u-1",
      actorEmail: "ed@example.com",
      envId: "env-1",
      action: "thing.rename",
      target: "pets",
      outcome: "success",
      awsRequestId: "req-ok",
    });
  });

  it("returns a mapped failure and audits it with the failing call's request id", async () => {
    const result = await renameAction(async () => {
      throw new ConsoleError("conflict", "Someone else changed it.", { requestId: "req-bad" });
    })({ envId: "env-1", name: "pets" });
    expect(result).toEqual({ ok: false, error: { code: "conflict", message: "Someone else changed it." } });
    expect(audits[0]!.event).toMatchObject({ outcome: "failure", awsRequestId: "req-bad", detail: "conflict: Someone else changed it." });
  });

  it("never sends an unexpected error's message to the browser", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await renameAction(async () => {
      throw new Error("password=hunter2 at /srv/app/db.ts:12");
    })({ envId: "env-1", name: "pets" });
    expect(result).toEqual({ ok: false, error: { code: "internal", message: genericErrorMessage } });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(log).toHaveBeenCalled();
    expect(audits[0]!.event.outcome).toBe("failure");
    log.mockRestore();
  });

  it("writes a transactional action's success audit inside its transaction and a failure outside it", async () => {
    await renameAction(async () => "done", true)({ envId: "env-1", name: "a" });
    await renameAction(async () => {
      throw new ConsoleError("not_found", "Gone.");
    }, true)({ envId: "env-1", name: "b" });
    expect(audits.map(({ db, event }) => [event.outcome, db])).toEqual([
      ["success", transaction],
      ["failure", database],
    ]);
  });

  it("lets a public action run signed out and audits it only once the handler names the actor", async () => {
    session = null;
    const signIn = defineAction({
      name: "auth.sign-in",
      input: z.object({ email: z.string() }),
      access: "public",
      audit: {},
      async handler({ email }, ctx) {
        if (email === "nobody") return "anonymous";
        ctx.audit.actorEmail = email;
        return "named";
      },
    });
    expect(await signIn({ email: "nobody" })).toEqual({ ok: true, data: "anonymous" });
    expect(audits).toEqual([]);
    expect(await signIn({ email: "ada@example.com" })).toEqual({ ok: true, data: "named" });
    expect(audits[0]!.event).toMatchObject({ actorId: null, actorEmail: "ada@example.com", action: "auth.sign-in" });
  });
});
