"use client";

import { Badge } from "@/components/ui/badge";
import { useStageSettingsQuery, type StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import type { StageLimitsData } from "@/lib/deployments/stage-limits-data";
import { cacheClusterChanging, cacheClusterStatusLabel } from "@/lib/domain/cache-cluster-status";
import { methodCaching } from "@/lib/domain/method-caching";
import { stageDefaultSettings, type StageSettings } from "@/lib/domain/stage-settings";
import { unauthorizedStrategyLabel } from "./caching-fields";
import { FlushCacheButton } from "./flush-cache-button";
import { MethodCachingTable } from "./method-caching-table";
import { StageCacheForm } from "./stage-cache-form";
import { ReadOnlyNote, StageSettingsSection } from "./stage-settings-section";

type CachingPanelProps = { at: StageSettingsVariables; settings: StageSettings; limits: StageLimitsData; canChange: boolean };

/** The stage's Caching tab: cluster and price, stage default caching, per-method caching and cache keys, flush. */
export function CachingPanel({ at, settings: initialSettings, limits, canChange }: CachingPanelProps) {
  const { data: settings } = useStageSettingsQuery(at, initialSettings);
  const cluster = settings.cacheCluster;
  const priceNote = `Prices for ${limits.priceRegion}${limits.priceFallback ? " (us-east-1 prices shown: this Region is not in the price table)" : ""}; sizes other than 0.5 GB are estimates until confirmed.`;
  const flushBlocked = cluster.status !== "AVAILABLE" ? (cacheClusterChanging(cluster.status) ? "Wait until the cluster is available." : "The stage has no cache cluster to flush.") : null;
  return (
    <div className="flex max-w-5xl flex-col gap-8">
      <ReadOnlyNote canChange={canChange} />
      <StageSettingsSection
        title="Stage cache"
        description="Responses are cached per stage, keyed by path, method and the method's cache key parameters."
        actions={canChange ? <FlushCacheButton at={at} disabledReason={flushBlocked} /> : null}
      >
        {canChange ? (
          <StageCacheForm key={JSON.stringify([cluster.enabled, cluster.size, stageDefaultSettings(settings)])} at={at} settings={settings} prices={limits.cachePrices} priceNote={priceNote} />
        ) : (
          <ReadOnlyCache settings={settings} limits={limits} />
        )}
      </StageSettingsSection>
      <StageSettingsSection title="Caching per method" description="The stage default caches GET methods; a method's own setting can cache other verbs or turn caching off.">
        <MethodCachingTable at={at} methods={limits.methods} settings={settings} canChange={canChange} />
      </StageSettingsSection>
    </div>
  );
}

function ReadOnlyCache({ settings, limits }: { settings: StageSettings; limits: StageLimitsData }) {
  const cluster = settings.cacheCluster;
  const status = cacheClusterStatusLabel(cluster);
  const price = limits.cachePrices.find((row) => row.size === cluster.size);
  const values = stageDefaultSettings(settings);
  const defaults = methodCaching({ "*/*": values }, { resourcePath: "*", httpMethod: "GET" });
  const requireAuthorization = values.requireAuthorizationForCacheControl ?? true;
  const items: [string, React.ReactNode][] = [
    ["Cache cluster", <Badge key="status" tone={status.tone}>{status.label}</Badge>],
    ["Size and price", cluster.enabled && price ? `${price.size} GB · ${price.perMonth} · ${price.perHour}` : "—"],
    ["Stage default caching", defaults.enabled ? `On, TTL ${defaults.ttlSeconds} s` : "Off"],
    ["Encrypt cache data", values.cacheDataEncrypted ? "Yes" : "No"],
    ["Require authorization to invalidate", requireAuthorization ? "Yes" : "No"],
    ["Unauthorized invalidation", requireAuthorization ? unauthorizedStrategyLabel(values.unauthorizedCacheControlHeaderStrategy ?? "SUCCEED_WITH_RESPONSE_HEADER") : "—"],
  ];
  return (
    <dl className="grid max-w-4xl grid-cols-3 gap-4 rounded-lg border border-border p-4 text-[13px]">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
