import "server-only";
import { exportStage, getStage, listStages, updateStage } from "@/lib/aws/stages";
import type { DatabaseExecutor } from "@/lib/db/client";
import { deployDiff, type DeployChange } from "@/lib/domain/deploy-diff";
import { comparableDocuments } from "@/lib/domain/deployment-summary";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import type { SessionUser } from "@/lib/auth/session";
import { insertDeploymentRecord, type DeploymentRecordKind } from "./deployment-records";
import { deploymentDocument } from "./stage-documents";

export type PointStageRequest = { restApiId: string; stageName: string; deploymentId: string; kind: Extract<DeploymentRecordKind, "rollback" | "promote">; description: string };

/** The changes pointing the stage would make, when both documents can be read (AWS exports only stages). */
async function changesOf(env: EnvironmentSummary, db: DatabaseExecutor, request: PointStageRequest): Promise<DeployChange[]> {
  try {
    const stages = await listStages(env, request.restApiId);
    const [before, after] = await Promise.all([exportStage(env, request.restApiId, request.stageName), deploymentDocument(env, db, request.restApiId, request.deploymentId, stages)]);
    const comparable = comparableDocuments(before, after);
    return deployDiff(comparable.before, comparable.after).changes;
  } catch {
    // The record is still worth keeping without its change list; the pointing itself does not depend on it.
    return [];
  }
}

/** Points an existing stage at a deployment (rollback or promote), retried on throttling, and records who did it. */
export async function pointStageAt(env: EnvironmentSummary, db: DatabaseExecutor, user: SessionUser, request: PointStageRequest): Promise<{ requestId: string | null; previousDeploymentId: string | null }> {
  const stage = await getStage(env, request.restApiId, request.stageName);
  if (!stage) throw new ConsoleError("not_found", `Stage ${request.stageName} no longer exists.`);
  if (stage.deploymentId === request.deploymentId) throw new ConsoleError("conflict", `Stage ${request.stageName} already serves deployment ${request.deploymentId}.`);
  const changes = await changesOf(env, db, request);
  const { requestId } = await withTransientRetry(() => updateStage(env, request.restApiId, request.stageName, [{ op: "replace", path: "/deploymentId", value: request.deploymentId }]));
  await insertDeploymentRecord(db, { envId: env.id, restApiId: request.restApiId, stageName: request.stageName, deploymentId: request.deploymentId, kind: request.kind, description: request.description, actorId: user.id, actorEmail: user.email, changes });
  return { requestId, previousDeploymentId: stage.deploymentId };
}
