import { methodSettingPatches } from "../../method-settings-patch";
import { planStep } from "../../plan";
import { stageDefaultSettings } from "../../stage-settings";
import { count, findingOf } from "../finding";
import type { AdvisorAccount, AdvisorRule, AdvisorSnapshot } from "../types";

/** AWS's default account throttle per Region, used when GetAccount gives none. */
export const awsDefaultAccountThrottle = { rateLimit: 10_000, burstLimit: 5_000 };

const id = "throttling.stage-unthrottled";

/**
 * The stage default we propose. A tenth of the account rate (at most 1,000 requests/s) keeps one runaway client
 * or stage from using up the limit every API of the account shares; when the metric window shows more traffic,
 * ten times its average rate (rounded up to 100) leaves room for peaks. Never above half the account rate, and
 * the burst is twice the rate, never above the account burst.
 */
export function suggestedStageThrottle(account: { rateLimit: number; burstLimit: number }, averageRps: number): { rateLimit: number; burstLimit: number } {
  const base = Math.min(1_000, Math.floor(account.rateLimit / 10));
  const headroom = Math.ceil((averageRps * 10) / 100) * 100;
  const rateLimit = Math.max(1, Math.min(Math.max(base, headroom), Math.floor(account.rateLimit / 2)));
  return { rateLimit, burstLimit: Math.max(1, Math.min(rateLimit * 2, account.burstLimit)) };
}

const accountThrottle = (account: AdvisorAccount) => account.throttle ?? awsDefaultAccountThrottle;

function averageRps(snapshot: AdvisorSnapshot, stageName: string): number {
  const traffic = snapshot.metrics?.stages.find((stage) => stage.stageName === stageName);
  return traffic && snapshot.metrics ? traffic.requests / (snapshot.metrics.periodDays * 86_400) : 0;
}

function currentRate(rate: number | undefined, accountRate: number): string {
  if (rate === undefined || rate < 0) return "no rate limit set";
  return `rate limit ${count(rate)} requests/s, not below the account's ${count(accountRate)} requests/s`;
}

export const stageUnthrottledRule: AdvisorRule = {
  id,
  category: "throttling",
  severity: "high",
  title: "Stage not throttled below the account limit",
  why: "Without a stage limit one client or runaway loop can use the whole account's request budget, throttling every other API in the Region and running up the bill.",
  evaluate(snapshot) {
    const account = accountThrottle(snapshot.account);
    return snapshot.stages.flatMap((stage) => {
      const defaults = stageDefaultSettings(stage.settings);
      const rate = defaults.throttlingRateLimit;
      if (rate !== undefined && rate >= 0 && rate < account.rateLimit) return [];
      const next = suggestedStageThrottle(account, averageRps(snapshot, stage.stageName));
      const patchOperations = methodSettingPatches("*/*", defaults, { throttlingRateLimit: next.rateLimit, throttlingBurstLimit: next.burstLimit });
      const summary = `Set stage throttling to ${count(next.rateLimit)} requests/s, burst ${count(next.burstLimit)}`;
      const restApiId = snapshot.api.restApi.id;
      return [
        findingOf(stageUnthrottledRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: [
            `Stage ${stage.stageName}: ${currentRate(rate, account.rateLimit)} in the stage defaults (*/*)`,
            `Account limit: ${count(account.rateLimit)} requests/s, burst ${count(account.burstLimit)}${snapshot.account.throttle ? "" : " (AWS's default; the account did not report its own)"}`,
            `Proposed: ${count(next.rateLimit)} requests/s, burst ${count(next.burstLimit)}: a tenth of the account rate (at most 1,000/s) or ten times the stage's average traffic, whichever is higher`,
          ],
          fix: {
            summary,
            plan: {
              steps: [planStep(`${stage.stageName}:throttle`, `${summary} on ${stage.stageName}`, { operation: "UpdateStage", input: { restApiId, stageName: stage.stageName, patchOperations } })],
              notes: [{ title: "Takes effect at once", text: "Stage settings apply without a deployment. Per-method limits and usage plans still take precedence." }],
            },
          },
          remedy: `Set a stage-wide rate and burst limit on ${stage.stageName} below the account's ${count(account.rateLimit)} requests/s, sized for the stage's peak traffic.`,
        }),
      ];
    });
  },
};
