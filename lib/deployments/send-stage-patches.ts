import "server-only";
import { updateStage } from "@/lib/aws/stages";
import type { PatchOperation } from "@/lib/domain/plan";
import type { StageSummary } from "@/lib/domain/stage";
import { stageRefusalField } from "@/lib/domain/stage-refusal-field";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import type { AwsResult } from "@/lib/aws/aws-call";

/** One UpdateStage with every operation (AWS applies them all or none); a refusal comes back beside the field it concerns. */
export async function sendStagePatches(env: EnvironmentSummary, restApiId: string, stageName: string, patches: PatchOperation[]): Promise<AwsResult<StageSummary>> {
  try {
    return await updateStage(env, restApiId, stageName, patches);
  } catch (error) {
    if (!(error instanceof ConsoleError) || error.code !== "validation") throw error;
    const field = stageRefusalField(error.message, patches);
    const message = field === "cloudWatchRole" ? `${error.message}. Set the account's CloudWatch role ARN first (see Account logging role below).` : error.message;
    throw new ConsoleError("validation", `AWS refused the change; nothing was applied. ${message}`, { requestId: error.requestId, cause: error, ...(field ? { fieldErrors: { [field]: [message] } } : {}) });
  }
}
