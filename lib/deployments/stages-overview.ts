import "server-only";
import { exportStage, listDeployments, listStages } from "@/lib/aws/stages";
import type { DatabaseExecutor } from "@/lib/db/client";
import { deployDiff } from "@/lib/domain/deploy-diff";
import type { JsonObject } from "@/lib/domain/openapi-json";
import { invokeUrl, type DeploymentSummary, type StageSummary } from "@/lib/domain/stage";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { listDeploymentRecords, type DeploymentRecord } from "./deployment-records";
import { listProtectedStageNames } from "./protected-stages";
import { workingCopyDocument } from "./stage-documents";

export type StageRow = StageSummary & {
  invokeUrl: string;
  deployedAt: string | null;
  /** Who pointed the stage at its deployment, when Archway did. */
  deployedBy: string | null;
  /** Archway's recorded reason, else the deployment's AWS description. */
  why: string | null;
  /** Null when the stage could not be exported (the count is then unknown, not zero). */
  undeployedCount: number | null;
  isProtected: boolean;
};

export type StagesOverview = { stages: StageRow[]; deployments: DeploymentSummary[]; records: DeploymentRecord[] };

/** The overview plus the documents it was computed from, for pages that look deeper (server only). */
export type StagesWithDocuments = StagesOverview & { working: JsonObject; exports: Map<string, JsonObject> };

/** The record that explains why a stage serves what it serves: its own event first, then the deploy that made it. */
export function recordFor(records: readonly DeploymentRecord[], stageName: string, deploymentId: string | null): DeploymentRecord | undefined {
  return records.find((r) => r.stageName === stageName && r.deploymentId === deploymentId) ?? records.find((r) => r.deploymentId === deploymentId && r.kind === "deploy");
}

/** Every stage with what it serves and its undeployed changes, for the browser. */
export async function readStagesOverview(env: EnvironmentSummary, db: DatabaseExecutor, restApiId: string): Promise<StagesOverview> {
  const { stages, deployments, records } = await readStagesWithDocuments(env, db, restApiId);
  return { stages, deployments, records };
}

/** The working copy once and every stage's export in parallel: 8 + one call per stage, all at once. */
export async function readStagesWithDocuments(env: EnvironmentSummary, db: DatabaseExecutor, restApiId: string): Promise<StagesWithDocuments> {
  const [stages, deployments, records, protectedNames, working] = await Promise.all([
    listStages(env, restApiId),
    listDeployments(env, restApiId),
    listDeploymentRecords(db, env.id, restApiId),
    listProtectedStageNames(db, env.id, restApiId),
    workingCopyDocument(env, restApiId),
  ]);
  const exported = await Promise.all(stages.map((stage) => exportStage(env, restApiId, stage.stageName).catch(() => null)));
  const exports = new Map(stages.flatMap((stage, index) => (exported[index] ? [[stage.stageName, exported[index]] as const] : [])));
  const counts = exported.map((doc) => (doc ? deployDiff(doc, working).count : null));
  const rows = stages.map((stage, index): StageRow => {
    const record = recordFor(records, stage.stageName, stage.deploymentId);
    const deployment = deployments.find((candidate) => candidate.id === stage.deploymentId);
    return {
      ...stage,
      invokeUrl: invokeUrl(env, restApiId, stage.stageName),
      deployedAt: record?.at ?? deployment?.createdDate ?? null,
      deployedBy: record?.actorEmail ?? null,
      why: record?.description || deployment?.description || null,
      undeployedCount: counts[index] ?? null,
      isProtected: env.protected || protectedNames.includes(stage.stageName),
    };
  });
  return { stages: rows, deployments, records, working, exports };
}
