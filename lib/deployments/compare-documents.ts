import "server-only";
import { listStages, exportStage } from "@/lib/aws/stages";
import type { DatabaseExecutor } from "@/lib/db/client";
import { documentRefLabel, type DocumentRef } from "@/lib/domain/document-ref";
import type { JsonObject } from "@/lib/domain/openapi-json";
import type { StageSummary } from "@/lib/domain/stage";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { deploymentDocument, reviewedDiff, workingCopyDocument, type ReviewedDiff } from "./stage-documents";

async function documentFor(env: EnvironmentSummary, db: DatabaseExecutor, restApiId: string, ref: DocumentRef, stages: () => Promise<StageSummary[]>): Promise<JsonObject> {
  switch (ref.kind) {
    case "working":
      return workingCopyDocument(env, restApiId);
    case "empty":
      return { openapi: "3.0.1", info: {}, paths: {} };
    case "stage":
      return exportStage(env, restApiId, ref.stageName);
    case "deployment":
      return deploymentDocument(env, db, restApiId, ref.deploymentId, await stages());
  }
}

/** The reviewed diff from one document to another; both are read in parallel. */
export async function compareDocuments(env: EnvironmentSummary, db: DatabaseExecutor, restApiId: string, before: DocumentRef, after: DocumentRef): Promise<ReviewedDiff> {
  let stagesRead: Promise<StageSummary[]> | undefined;
  const stages = () => (stagesRead ??= listStages(env, restApiId));
  const [old, next] = await Promise.all([documentFor(env, db, restApiId, before, stages), documentFor(env, db, restApiId, after, stages)]);
  return reviewedDiff(old, next, { before: documentRefLabel(before), after: documentRefLabel(after) });
}
