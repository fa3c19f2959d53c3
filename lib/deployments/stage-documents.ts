import "server-only";
import { readApiSnapshot } from "@/lib/aws/api-snapshot";
import { exportStage, getDeploymentSummary } from "@/lib/aws/stages";
import type { DatabaseExecutor } from "@/lib/db/client";
import { deployDiff, rawOpenApiDiff, type DeployDiff } from "@/lib/domain/deploy-diff";
import { comparableDocuments, documentFromApiSummary } from "@/lib/domain/deployment-summary";
import { openApiFromSnapshot } from "@/lib/domain/openapi-from-snapshot";
import type { JsonObject } from "@/lib/domain/openapi-json";
import type { StageSummary } from "@/lib/domain/stage";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { deployedDocument } from "./deployment-records";

/** The diff a person reviews: readable changes plus the raw OpenAPI text diff. */
export type ReviewedDiff = DeployDiff & {
  raw: string;
  /** One side is known only by GetDeployment's summary: only methods and their protection were compared. */
  summaryOnly: boolean;
};

/** The working copy as the document a stage named `stageName` would export after a deploy. */
export async function workingCopyDocument(env: EnvironmentSummary, restApiId: string, stageName = "working-copy"): Promise<JsonObject> {
  const snapshot = await readApiSnapshot(env, restApiId);
  return openApiFromSnapshot(snapshot, { stageName, region: env.region, fallbackVersion: "working copy" });
}

/** An empty document: what a stage that does not exist yet serves. */
const nothingDeployed: JsonObject = { openapi: "3.0.1", info: {}, paths: {} };

export function reviewedDiff(before: JsonObject, after: JsonObject, names: { before: string; after: string }): ReviewedDiff {
  const comparable = comparableDocuments(before, after);
  return { ...deployDiff(comparable.before, comparable.after), raw: rawOpenApiDiff(comparable.before, comparable.after, names), summaryOnly: comparable.summaryOnly };
}

/** What deploying the working copy to a stage would change; a new stage starts from nothing. Seven parallel calls. */
export async function undeployedChanges(env: EnvironmentSummary, restApiId: string, stageName: string, stageExists: boolean): Promise<ReviewedDiff & { document: JsonObject }> {
  const [working, deployed] = await Promise.all([
    workingCopyDocument(env, restApiId, stageName),
    stageExists ? exportStage(env, restApiId, stageName) : Promise.resolve(nothingDeployed),
  ]);
  return { ...reviewedDiff(deployed, working, { before: `stage ${stageName}`, after: "working copy" }), document: working };
}

/**
 * A deployment's document. AWS exports only stages, so: the document Archway recorded when it deployed it,
 * else the export of a stage serving it, else (made elsewhere, served by no stage) GetDeployment's summary.
 */
export async function deploymentDocument(env: EnvironmentSummary, db: DatabaseExecutor, restApiId: string, deploymentId: string, stages: StageSummary[]): Promise<JsonObject> {
  const recorded = await deployedDocument(db, env.id, restApiId, deploymentId);
  if (recorded) return JSON.parse(recorded) as JsonObject;
  const stage = stages.find((candidate) => candidate.deploymentId === deploymentId);
  if (stage) return exportStage(env, restApiId, stage.stageName);
  return documentFromApiSummary(await getDeploymentSummary(env, restApiId, deploymentId));
}
