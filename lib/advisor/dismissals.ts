import { and, asc, eq } from "drizzle-orm";
import type { DatabaseExecutor } from "@/lib/db/client";
import { advisorDismissals } from "@/lib/db/schema";

export type AdvisorDismissal = { findingKey: string; reason: string; dismissedBy: string; createdAt: string };

type ApiRef = { envId: string; restApiId: string };

const forApi = ({ envId, restApiId }: ApiRef) => and(eq(advisorDismissals.envId, envId), eq(advisorDismissals.restApiId, restApiId));

/** The dismissals of one API, oldest first. */
export async function listAdvisorDismissals(db: DatabaseExecutor, api: ApiRef): Promise<AdvisorDismissal[]> {
  const rows = await db.select().from(advisorDismissals).where(forApi(api)).orderBy(asc(advisorDismissals.createdAt));
  return rows.map((row) => ({ findingKey: row.findingKey, reason: row.reason, dismissedBy: row.dismissedBy, createdAt: row.createdAt.toISOString() }));
}

/** Dismisses a finding; dismissing it again replaces the reason (the latest word wins). */
export async function dismissAdvisorFinding(db: DatabaseExecutor, api: ApiRef, dismissal: { findingKey: string; reason: string; dismissedBy: string }): Promise<void> {
  await db
    .insert(advisorDismissals)
    .values({ ...api, ...dismissal })
    .onConflictDoUpdate({
      target: [advisorDismissals.envId, advisorDismissals.restApiId, advisorDismissals.findingKey],
      set: { reason: dismissal.reason, dismissedBy: dismissal.dismissedBy, createdAt: new Date() },
    });
}

/** Restores a dismissed finding; returns false when it was not dismissed. */
export async function restoreAdvisorFinding(db: DatabaseExecutor, api: ApiRef, findingKey: string): Promise<boolean> {
  const removed = await db
    .delete(advisorDismissals)
    .where(and(forApi(api), eq(advisorDismissals.findingKey, findingKey)))
    .returning({ findingKey: advisorDismissals.findingKey });
  return removed.length > 0;
}
