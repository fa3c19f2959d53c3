import "server-only";
import type { DatabaseExecutor } from "@/lib/db/client";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { isStageProtected } from "./protected-stages";

/** Refuses a change to a protected stage unless the person typed the stage's name. */
export async function requireStageConfirmation(db: DatabaseExecutor, env: EnvironmentSummary, restApiId: string, stageName: string, typed: string | undefined): Promise<void> {
  if (!(await isStageProtected(db, env, restApiId, stageName))) return;
  if (typed === stageName) return;
  throw new ConsoleError("validation", `Stage ${stageName} is protected. Type its name to confirm.`, {
    fieldErrors: { confirmStageName: [`Type ${stageName} to confirm.`] },
  });
}
