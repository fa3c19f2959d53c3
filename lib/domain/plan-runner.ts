import type { PlanStep } from "./plan";

export type StepOutcome =
  | { stepId: string; status: "applied"; requestId: string | null }
  | { stepId: string; status: "failed"; message: string; requestId: string | null }
  | { stepId: string; status: "not-run" };

export type PlanRun = { outcomes: StepOutcome[]; appliedCount: number; failed: boolean };

/** What an executor reports for one call; a failure carries a message a person can read. */
export type StepExecution = { ok: true; requestId: string | null } | { ok: false; message: string; requestId: string | null };

/**
 * Runs the steps in order and stops at the first failure: later calls depend on earlier ones
 * (an integration response needs its method response), so the rest is reported as not run.
 */
export async function runPlan<Call>(steps: readonly PlanStep<Call>[], execute: (step: PlanStep<Call>) => Promise<StepExecution>): Promise<PlanRun> {
  const outcomes: StepOutcome[] = [];
  let failed = false;
  for (const step of steps) {
    if (failed) {
      outcomes.push({ stepId: step.id, status: "not-run" });
      continue;
    }
    const result = await execute(step);
    if (result.ok) outcomes.push({ stepId: step.id, status: "applied", requestId: result.requestId });
    else {
      failed = true;
      outcomes.push({ stepId: step.id, status: "failed", message: result.message, requestId: result.requestId });
    }
  }
  return { outcomes, appliedCount: outcomes.filter((outcome) => outcome.status === "applied").length, failed };
}

/** One sentence saying what a run changed, for a toast or the audit detail. */
export function describePlanRun(run: PlanRun, total: number): string {
  if (!run.failed) return `Applied all ${total} ${total === 1 ? "change" : "changes"}.`;
  const failedAt = run.outcomes.findIndex((outcome) => outcome.status === "failed") + 1;
  return `Applied ${run.appliedCount} of ${total} changes; step ${failedAt} failed and ${total - failedAt} did not run.`;
}
