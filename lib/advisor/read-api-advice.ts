import "server-only";
import { readAdvisorSnapshot } from "@/lib/aws/advisor-snapshot";
import type { DatabaseExecutor } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { listProtectedStageNames } from "@/lib/deployments/protected-stages";
import { attachDismissals, describeChecked, severityCounts, type ApiAdvice } from "@/lib/domain/advisor/api-advice";
import { evaluateAdvisor } from "@/lib/domain/advisor/evaluate";
import { advisorScore } from "@/lib/domain/advisor/score";
import type { AdvisorSnapshot } from "@/lib/domain/advisor/types";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { listAdvisorDismissals } from "./dismissals";

/** The protected stages of an API as the advisor sees them: every stage when the environment is protected. */
async function protectedStagesOf(db: DatabaseExecutor, env: EnvironmentSummary, restApiId: string): Promise<string[] | "all"> {
  return env.protected ? "all" : listProtectedStageNames(db, env.id, restApiId);
}

/** Reads one API's snapshot with Archway's protected stages filled in. */
export async function readApiAdvisorSnapshot(env: EnvironmentSummary, restApiId: string, db: DatabaseExecutor): Promise<AdvisorSnapshot> {
  const marked = await protectedStagesOf(db, env, restApiId);
  const snapshot = await readAdvisorSnapshot(env, restApiId, { protectedStages: marked === "all" ? [] : marked });
  return marked === "all" ? { ...snapshot, protectedStages: snapshot.stages.map((stage) => stage.stageName) } : snapshot;
}

/** One API's findings, dismissed findings, score and what was checked, read now. */
export async function readApiAdvice(env: EnvironmentSummary, restApiId: string, db?: DatabaseExecutor): Promise<ApiAdvice> {
  const database = db ?? (await getDb());
  const [snapshot, dismissals] = await Promise.all([
    readApiAdvisorSnapshot(env, restApiId, database),
    listAdvisorDismissals(database, { envId: env.id, restApiId }),
  ]);
  const byKey = new Map(dismissals.map(({ findingKey, ...dismissal }) => [findingKey, dismissal]));
  const { findings, dismissed } = evaluateAdvisor(snapshot, { dismissedKeys: [...byKey.keys()] });
  return {
    restApiId,
    apiName: snapshot.api.restApi.name,
    score: advisorScore(findings),
    counts: severityCounts(findings),
    findings,
    dismissed: attachDismissals(dismissed, byKey),
    checked: describeChecked(snapshot),
    checkedAt: new Date().toISOString(),
  };
}
