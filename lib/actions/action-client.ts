import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { recordAuditEvent, type NewAuditEvent } from "@/lib/audit/audit-log";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getSession, type SessionUser } from "@/lib/auth/session";
import { getDb, type Database, type DatabaseExecutor } from "@/lib/db/client";
import { awsRequestId, ConsoleError, genericErrorMessage, logUnexpectedError } from "@/lib/errors";
import type { ActionError, ActionResult } from "./action-result";
import { validationError } from "./validation-error";

/** What the handler may add to its audit record: the target once known, the AWS request id, a short detail. */
export type AuditNote = { actorEmail?: string; target?: string | null; requestId?: string | null; detail?: string | null };

export type ActionContext<A extends Role | "public"> = {
  user: A extends Role ? SessionUser : SessionUser | null;
  /** The transaction when the action is transactional, else the database. */
  db: DatabaseExecutor;
  audit: AuditNote;
};

export type ActionDefinition<S extends z.ZodType, T, A extends Role | "public"> = {
  /** Audit action name, `<resource>.<verb>`. */
  name: string;
  input: S;
  /** Minimum role, or "public" for actions a signed-out person may call (sign-in, setup). */
  access: A;
  /** Which environment and target the audit record names; `false` for actions that change nothing. */
  audit: false | { envId?: (input: z.output<S>) => string | null; target?: (input: z.output<S>) => string | null };
  /** Run the handler and its success audit record in one database transaction (database-only actions). */
  transaction?: boolean;
  handler: (input: z.output<S>, ctx: ActionContext<A>) => Promise<T>;
};

export type ActionDependencies = {
  getSession: () => Promise<SessionUser | null>;
  getDb: () => Promise<Database>;
  recordAudit: (db: DatabaseExecutor, event: NewAuditEvent) => Promise<void>;
};

const defaultDependencies: ActionDependencies = { getSession, getDb, recordAudit: recordAuditEvent };

/** Builds actions that validate, authenticate, authorize, run, audit, and answer with an ActionResult. */
export function createActionClient(deps: ActionDependencies) {
  return function defineAction<S extends z.ZodType, T, A extends Role | "public">(definition: ActionDefinition<S, T, A>) {
    return async (rawInput: unknown): Promise<ActionResult<T>> => {
      try {
        // Access first: a caller without the role learns nothing about the action's input, not even its shape.
        const user = await deps.getSession();
        const refusal = checkAccess(user, definition.access);
        if (refusal) return { ok: false, error: refusal };
        const parsed = definition.input.safeParse(rawInput);
        if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
        return await runAudited(deps, definition, parsed.data as z.output<S>, user as ActionContext<A>["user"]);
      } catch (error) {
        unstable_rethrow(error);
        return { ok: false, error: toActionError(error) };
      }
    };
  };
}

export const defineAction = createActionClient(defaultDependencies);

function checkAccess(user: SessionUser | null, access: Role | "public"): ActionError | null {
  if (access === "public") return null;
  if (!user) return { code: "unauthenticated", message: "Your session has ended. Sign in again." };
  if (!hasRole(user.role, access)) return { code: "forbidden", message: `This needs the ${access} role; you are ${user.role === "admin" ? "an" : "a"} ${user.role}.` };
  return null;
}

async function runAudited<S extends z.ZodType, T, A extends Role | "public">(
  deps: ActionDependencies,
  definition: ActionDefinition<S, T, A>,
  input: z.output<S>,
  user: ActionContext<A>["user"],
): Promise<ActionResult<T>> {
  const db = await deps.getDb();
  const note: AuditNote = {};
  const record = (executor: DatabaseExecutor, outcome: "success" | "failure", failure?: unknown) =>
    definition.audit ? writeAudit(deps, executor, { definition, input, user, note, outcome, failure }) : Promise.resolve();
  try {
    const data = definition.transaction
      ? await db.transaction(async (tx) => {
          const result = await definition.handler(input, { user, db: tx, audit: note });
          await record(tx, "success");
          return result;
        })
      : await definition.handler(input, { user, db, audit: note });
    // Outside a transaction the change (e.g. in AWS) has happened: a failed audit write is logged loudly, not reported as a failed change.
    if (!definition.transaction) await record(db, "success").catch((error: unknown) => logUnexpectedError(error));
    return { ok: true, data };
  } catch (error) {
    unstable_rethrow(error);
    await record(db, "failure", error).catch((auditError: unknown) => logUnexpectedError(auditError));
    throw error;
  }
}

type AuditInput<S extends z.ZodType, T, A extends Role | "public"> = {
  definition: ActionDefinition<S, T, A>;
  input: z.output<S>;
  user: SessionUser | null;
  note: AuditNote;
  outcome: "success" | "failure";
  failure?: unknown;
};

async function writeAudit<S extends z.ZodType, T, A extends Role | "public">(deps: ActionDependencies, db: DatabaseExecutor, audit: AuditInput<S, T, A>) {
  const { definition, input, user, note, outcome, failure } = audit;
  const spec = definition.audit || {};
  const actorEmail = user?.email ?? note.actorEmail;
  // A public action that never learned who was acting (e.g. a malformed setup attempt) has no one to record.
  if (!actorEmail) return;
  const failureInfo = outcome === "failure" ? describeFailure(failure) : null;
  await deps.recordAudit(db, {
    actorId: user?.id ?? null,
    actorEmail,
    envId: spec.envId?.(input) ?? null,
    action: definition.name,
    target: note.target ?? spec.target?.(input) ?? null,
    outcome,
    awsRequestId: failureInfo ? failureInfo.requestId : (note.requestId ?? null),
    detail: failureInfo ? failureInfo.detail : (note.detail ?? null),
  });
}

function describeFailure(error: unknown): { requestId: string | null; detail: string } {
  if (error instanceof ConsoleError) return { requestId: error.requestId ?? awsRequestId(error.cause), detail: `${error.code}: ${error.message}` };
  return { requestId: awsRequestId(error), detail: "internal: unexpected error (see server log)" };
}

function toActionError(error: unknown): ActionError {
  if (error instanceof ConsoleError) return { code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  logUnexpectedError(error);
  return { code: "internal", message: genericErrorMessage };
}
