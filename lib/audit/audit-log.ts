import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, lt, type SQL } from "drizzle-orm";
import { getDb, type DatabaseExecutor } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";

export type AuditOutcome = "success" | "failure";

export type AuditEvent = {
  id: string;
  /** ISO 8601 */
  at: string;
  actorEmail: string;
  envId: string | null;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  awsRequestId: string | null;
  detail: string | null;
};

export type AuditFilter = { actor?: string; action?: string; envId?: string; outcome?: AuditOutcome; limit?: number; before?: string };

export type NewAuditEvent = Omit<AuditEvent, "id" | "at"> & { actorId: string | null; at?: Date };

export const defaultAuditPageSize = 100;
const maxAuditPageSize = 500;

export async function recordAuditEvent(db: DatabaseExecutor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values({ id: randomUUID(), ...event, at: event.at ?? new Date() });
}

/** Newest first; `before` (an ISO time) pages back through older events. */
export async function listAuditEvents(filter: AuditFilter = {}, db?: DatabaseExecutor): Promise<AuditEvent[]> {
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? defaultAuditPageSize), 1), maxAuditPageSize);
  const rows = await (db ?? (await getDb()))
    .select()
    .from(auditEvents)
    .where(and(...auditConditions(filter)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorEmail: row.actorEmail,
    envId: row.envId,
    action: row.action,
    target: row.target,
    outcome: row.outcome,
    awsRequestId: row.awsRequestId,
    detail: row.detail,
  }));
}

/** Every action name the log holds, so a new server action appears in the filter without a hand-kept list. */
export async function listAuditedActionNames(db?: DatabaseExecutor): Promise<string[]> {
  const rows = await (db ?? (await getDb())).selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action));
  return rows.map((row) => row.action);
}

function auditConditions(filter: AuditFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(eq(auditEvents.actorEmail, filter.actor.trim().toLowerCase()));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.envId) conditions.push(eq(auditEvents.envId, filter.envId));
  if (filter.outcome) conditions.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.before) {
    const before = new Date(filter.before);
    // An unreadable cursor from a hand-edited URL shows the newest page rather than failing the page.
    if (!Number.isNaN(before.getTime())) conditions.push(lt(auditEvents.at, before));
  }
  return conditions;
}
