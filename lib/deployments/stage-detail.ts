import "server-only";
import type { DatabaseExecutor } from "@/lib/db/client";
import { hardCodedHosts, type HardCodedHost } from "@/lib/domain/hard-coded-hosts";
import { stageVariableReferences, undefinedStageVariables, type StageVariableReference } from "@/lib/domain/stage-variable-references";
import type { DeploymentSummary } from "@/lib/domain/stage";
import { stageSettingCosts, type SettingCost } from "@/lib/domain/stage-setting-costs";
import { currentPrices } from "@/lib/aws/pricing";
import type { JsonObject } from "@/lib/domain/openapi-json";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import type { DeploymentRecord } from "./deployment-records";
import { readStagesWithDocuments, type StageRow } from "./stages-overview";

export type StageDetail = {
  stage: StageRow;
  otherStages: StageRow[];
  deployments: DeploymentSummary[];
  records: DeploymentRecord[];
  /** Stage-variable references in the working copy (what the next deploy would serve). */
  references: StageVariableReference[];
  undefinedVariables: string[];
  /** Integrations whose host differs from another stage's only by a literal host. */
  hardCodedHosts: (HardCodedHost & { otherStage: string })[];
  /** What each billable setting of the stage costs, from the cost module. */
  settingCosts: SettingCost[];
};

/** Everything the stage page shows, or null when the stage does not exist. */
export async function readStageDetail(env: EnvironmentSummary, db: DatabaseExecutor, restApiId: string, stageName: string): Promise<StageDetail | null> {
  const overview = await readStagesWithDocuments(env, db, restApiId);
  const stage = overview.stages.find((candidate) => candidate.stageName === stageName);
  if (!stage) return null;
  const references = stageVariableReferences(overview.working);
  const own = overview.exports.get(stageName);
  const hosts = own
    ? [...overview.exports].filter(([name]) => name !== stageName).flatMap(([name, other]) => hardCodedHosts(own, other).map((found) => ({ ...found, otherStage: name })))
    : [];
  return {
    stage,
    otherStages: overview.stages.filter((candidate) => candidate.stageName !== stageName),
    deployments: overview.deployments,
    records: overview.records,
    references,
    undefinedVariables: undefinedStageVariables(references, stage.variables),
    hardCodedHosts: hosts,
    settingCosts: stageSettingCosts(stage.billing, operationCount(overview.working), currentPrices(env).prices),
  };
}

/** Methods in an OpenAPI document: each path's operations (ANY counts once). */
function operationCount(document: JsonObject): number {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.values(paths).reduce((sum, item) => sum + Object.keys(item).filter((key) => !key.startsWith("x-") || key === "x-amazon-apigateway-any-method").length, 0);
}
