import "server-only";
import { getStage, updateStage } from "@/lib/aws/stages";
import type { AuditNote } from "@/lib/actions/action-client";
import { describeConflicts, type SettingConflict } from "@/lib/domain/method-setting-conflicts";
import type { PatchOperation } from "@/lib/domain/plan";
import type { StageSummary } from "@/lib/domain/stage";
import type { StageSettingsUpdate } from "@/lib/domain/stage-settings-update";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/** The stage as it is now, read again before a change so the change is checked against it, not against the page. */
export async function requireCurrentStage(env: EnvironmentSummary, restApiId: string, stageName: string): Promise<StageSummary> {
  const stage = await getStage(env, restApiId, stageName);
  if (!stage) throw new ConsoleError("not_found", `Stage ${stageName} no longer exists.`);
  return stage;
}

/** Refuses the change when the stage changed since the page loaded it, naming each field and both values. */
export function refuseConflicts(conflicts: SettingConflict[], fieldPrefix: string): void {
  if (conflicts.length === 0) return;
  const fieldErrors = Object.fromEntries(conflicts.map((conflict) => [`${fieldPrefix}${conflict.field}`, [`Changed since you loaded it: was ${conflict.loaded}, is now ${conflict.current}.`]]));
  throw new ConsoleError("conflict", `Stage changed since you loaded it (${describeConflicts(conflicts)}). Nothing was sent: reload to see the current values, then edit again.`, { fieldErrors });
}

/** Sends the operations as one UpdateStage call (all or nothing) and notes them in the audit record. */
export async function sendStagePatches(env: EnvironmentSummary, at: { restApiId: string; stageName: string }, patches: PatchOperation[], audit: AuditNote, current: StageSummary): Promise<StageSettingsUpdate> {
  if (patches.length === 0) return { patches, settings: current.settings };
  const { value, requestId } = await updateStage(env, at.restApiId, at.stageName, patches);
  Object.assign(audit, { requestId, detail: patches.map((patch) => `${patch.op} ${patch.path}${patch.value === undefined ? "" : `=${patch.value}`}`).join(", ").slice(0, 2000) });
  return { patches, settings: value.settings };
}
