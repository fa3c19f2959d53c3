"use client";

import { useStageSettingsQuery, type StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import type { StageLimitsData } from "@/lib/deployments/stage-limits-data";
import { settingValue } from "@/lib/domain/effective-limits";
import { methodOverrides } from "@/lib/domain/stage-method-overrides";
import { stageDefaultSettings, type StageSettings } from "@/lib/domain/stage-settings";
import { formatBurst, formatRate } from "@/lib/domain/stage-throttle-limits";
import { EffectiveLimitsView } from "./effective-limits-view";
import { MethodThrottleOverrides } from "./method-throttle-overrides";
import { ReadOnlyNote, StageSettingsSection } from "./stage-settings-section";
import { ThrottleForm } from "./throttle-form";

type ThrottlingPanelProps = { at: StageSettingsVariables; settings: StageSettings; limits: StageLimitsData; canChange: boolean };

/** The stage's Throttling tab: default rate and burst, per-method overrides, and the effective limits of one method. */
export function ThrottlingPanel({ at, settings: initialSettings, limits, canChange }: ThrottlingPanelProps) {
  const { data: settings } = useStageSettingsQuery(at, initialSettings);
  const account = limits.inputs.account.throttle;
  const defaults = stageDefaultSettings(settings);
  const overrides = methodOverrides(settings.methodSettings, limits.methods).filter((override) => settingValue(override.values.throttlingRateLimit) !== null || settingValue(override.values.throttlingBurstLimit) !== null);
  return (
    <div className="flex max-w-5xl flex-col gap-8">
      <ReadOnlyNote canChange={canChange} />
      <StageSettingsSection
        title="Stage default"
        description="Applies to every method of the stage without a setting of its own. Requests over it get 429 Too Many Requests."
        actions={
          <dl aria-label="Account limits" className="flex gap-5 rounded-md border border-border bg-surface px-3 py-1.5 text-[13px]">
            <div className="flex gap-1.5"><dt className="text-muted-foreground">Account rate</dt><dd className="tabular-nums font-medium">{formatRate(account.rateLimit)}</dd></div>
            <div className="flex gap-1.5"><dt className="text-muted-foreground">Account burst</dt><dd className="tabular-nums font-medium">{formatBurst(account.burstLimit)}</dd></div>
          </dl>
        }
      >
        {canChange ? (
          <ThrottleForm key={JSON.stringify([defaults.throttlingRateLimit, defaults.throttlingBurstLimit])} at={at} target="*/*" loaded={defaults} account={account} layout="card" />
        ) : (
          <ReadOnlyThrottle rate={settingValue(defaults.throttlingRateLimit)} burst={settingValue(defaults.throttlingBurstLimit)} />
        )}
      </StageSettingsSection>
      <MethodThrottleOverrides at={at} overrides={overrides} methods={limits.methods} account={account} canChange={canChange} />
      <EffectiveLimitsView at={at} methods={limits.methods} settings={settings} initialInputs={limits.inputs} />
    </div>
  );
}

function ReadOnlyThrottle({ rate, burst }: { rate: number | null; burst: number | null }) {
  return (
    <dl className="grid max-w-xl grid-cols-2 gap-4 rounded-lg border border-border p-4 text-[13px]">
      <div><dt className="text-muted-foreground">Rate</dt><dd className="tabular-nums">{rate === null ? "Not set (account limit applies)" : formatRate(rate)}</dd></div>
      <div><dt className="text-muted-foreground">Burst</dt><dd className="tabular-nums">{burst === null ? "Not set (account limit applies)" : formatBurst(burst)}</dd></div>
    </dl>
  );
}
