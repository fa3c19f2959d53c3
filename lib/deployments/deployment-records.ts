import { randomUUID } from "node:crypto";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { DatabaseExecutor } from "@/lib/db/client";
import { deploymentRecords } from "@/lib/db/schema";
import type { DeployChange } from "@/lib/domain/deploy-diff";

export type DeploymentRecordKind = "deploy" | "rollback" | "promote" | "canary";

/** A change as the record keeps it: what and how, not the before/after text. */
export type RecordedChange = Pick<DeployChange, "kind" | "action" | "label">;

export type DeploymentRecord = {
  id: string;
  envId: string;
  restApiId: string;
  deploymentId: string;
  stageName: string;
  kind: DeploymentRecordKind;
  description: string;
  actorEmail: string;
  /** ISO 8601 */
  at: string;
  changeCount: number;
  changes: RecordedChange[];
};

export type NewDeploymentRecord = Omit<DeploymentRecord, "id" | "at" | "changeCount"> & { actorId: string | null; document?: string | null };

export async function insertDeploymentRecord(db: DatabaseExecutor, record: NewDeploymentRecord): Promise<DeploymentRecord> {
  const changes = record.changes.map(({ kind, action, label }) => ({ kind, action, label }));
  const [row] = await db
    .insert(deploymentRecords)
    .values({ ...record, id: randomUUID(), changes: JSON.stringify(changes), changeCount: changes.length, document: record.document ?? null })
    .returning();
  return toRecord(row!);
}

/** Archway's records for one API, newest first. */
export async function listDeploymentRecords(db: DatabaseExecutor, envId: string, restApiId: string): Promise<DeploymentRecord[]> {
  const rows = await db
    .select()
    .from(deploymentRecords)
    .where(and(eq(deploymentRecords.envId, envId), eq(deploymentRecords.restApiId, restApiId)))
    .orderBy(desc(deploymentRecords.at), desc(deploymentRecords.id));
  return rows.map(toRecord);
}

/** The OpenAPI document Archway deployed as this deployment, when Archway made it. */
export async function deployedDocument(db: DatabaseExecutor, envId: string, restApiId: string, deploymentId: string): Promise<string | null> {
  const rows = await db
    .select({ document: deploymentRecords.document })
    .from(deploymentRecords)
    .where(and(eq(deploymentRecords.envId, envId), eq(deploymentRecords.restApiId, restApiId), eq(deploymentRecords.deploymentId, deploymentId), isNotNull(deploymentRecords.document)))
    .limit(1);
  return rows[0]?.document ?? null;
}

function toRecord(row: typeof deploymentRecords.$inferSelect): DeploymentRecord {
  return {
    id: row.id,
    envId: row.envId,
    restApiId: row.restApiId,
    deploymentId: row.deploymentId,
    stageName: row.stageName,
    kind: row.kind,
    description: row.description,
    actorEmail: row.actorEmail,
    at: row.at.toISOString(),
    changeCount: row.changeCount,
    changes: JSON.parse(row.changes) as RecordedChange[],
  };
}
