import "server-only";
import { describeStep, fieldOfStep, type PlanStep } from "@/lib/domain/method-patch";
import type { FailedStep } from "@/lib/domain/method-save-result";
import { ConsoleError, genericErrorMessage } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { runPlanStep, type MethodLocation } from "./methods";

export type PlanRun = {
  applied: { step: string; requestId: string | null }[];
  failed: FailedStep | null;
  notRun: string[];
};

/** Sends a save plan's steps one after another and stops at the first refusal, saying what was and was not applied. */
export async function runPlan(env: EnvironmentSummary, at: MethodLocation, steps: readonly PlanStep[]): Promise<PlanRun> {
  const applied: PlanRun["applied"] = [];
  for (const [index, step] of steps.entries()) {
    try {
      applied.push({ step: describeStep(step), requestId: await runPlanStep(env, at, step) });
    } catch (error) {
      const failure = error instanceof ConsoleError ? { code: error.code, message: error.message } : { code: "internal", message: genericErrorMessage };
      if (!(error instanceof ConsoleError)) console.error("[archway] unexpected error in a method save step:", error);
      return { applied, failed: { step: describeStep(step), ...failure, field: fieldOfStep(step) }, notRun: steps.slice(index + 1).map(describeStep) };
    }
  }
  return { applied, failed: null, notRun: [] };
}
