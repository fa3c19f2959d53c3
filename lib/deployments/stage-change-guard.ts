import "server-only";
import { getStage } from "@/lib/aws/stages";
import type { StageSummary } from "@/lib/domain/stage";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/**
 * Re-reads the stage just before a change and refuses when what the person saw has changed since the page loaded
 * (another tab, the CLI, Terraform), naming what changed, so nobody overwrites a change they never saw.
 */
export async function stageUnchangedSinceLoad(env: EnvironmentSummary, restApiId: string, stageName: string, changedSince: (stage: StageSummary) => string[]): Promise<StageSummary> {
  const stage = await getStage(env, restApiId, stageName);
  if (!stage) throw new ConsoleError("not_found", `Stage ${stageName} no longer exists.`);
  const changed = changedSince(stage);
  if (changed.length > 0) {
    throw new ConsoleError("conflict", `The stage changed since this page loaded (${changed.join(", ")}). Nothing was sent; reload to see the current values, then make your change again.`);
  }
  return stage;
}
