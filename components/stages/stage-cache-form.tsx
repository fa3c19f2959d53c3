"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SaveBar } from "@/components/forms/save-bar";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import { useUpdateStageCachingMutation } from "@/lib/data/stage-settings/update-stage-caching-mutation";
import { cacheClusterStatusLabel } from "@/lib/domain/cache-cluster-status";
import type { CachePrice } from "@/lib/domain/method-caching";
import { methodSettingLabels } from "@/lib/domain/method-setting-conflicts";
import { cacheClusterPatches, methodSettingPathSuffixes, methodSettingPatches } from "@/lib/domain/method-settings-patch";
import { stageDefaultSettings, type MethodSettingValues, type StageSettings } from "@/lib/domain/stage-settings";
import { CachingFields, cachingDraftOf, cachingValuesOf } from "./caching-fields";
import { PatchOperationsPreview } from "./patch-operations-preview";

type StageCacheFormProps = { at: StageSettingsVariables; settings: StageSettings; prices: CachePrice[]; priceNote: string };

const changeLabel = (path: string) => {
  if (path === "/cacheClusterEnabled") return "cache cluster";
  if (path === "/cacheClusterSize") return "cache size";
  const field = (Object.keys(methodSettingPathSuffixes) as (keyof MethodSettingValues)[]).find((key) => path.endsWith(`/${methodSettingPathSuffixes[key]}`));
  return field ? methodSettingLabels[field] : path;
};

/** The stage's cache cluster (with its price as it is picked) and the caching every method gets by default. */
export function StageCacheForm({ at, settings, prices, priceNote }: StageCacheFormProps) {
  const loadedCluster = { enabled: settings.cacheCluster.enabled, size: settings.cacheCluster.size };
  const loadedDefaults = stageDefaultSettings(settings);
  const [cluster, setCluster] = useState({ enabled: loadedCluster.enabled, size: loadedCluster.size ?? "0.5" });
  const [draft, setDraft] = useState(cachingDraftOf(loadedDefaults));
  const mutation = useUpdateStageCachingMutation((data) => toast.success(data.patches.length === 0 ? "Nothing to change." : `Sent ${data.patches.length} patch operations to ${at.stageName}.`));
  const values = cachingValuesOf(draft);
  const patches = Number.isFinite(values.cacheTtlInSeconds) ? [...cacheClusterPatches(loadedCluster, cluster), ...methodSettingPatches("*/*", loadedDefaults, values)] : [];
  const price = prices.find((row) => row.size === cluster.size) ?? null;
  const status = cacheClusterStatusLabel(settings.cacheCluster);
  const errors = mutation.error?.fieldErrors ?? {};
  const formError = mutation.error && (Object.keys(errors).length === 0 || mutation.error.code === "conflict") ? mutation.error.message : null;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate({ ...at, target: "*/*", loaded: { settings: loadedDefaults, cluster: loadedCluster }, edited: { settings: values, cluster } });
  };
  const discard = () => {
    setCluster({ enabled: loadedCluster.enabled, size: loadedCluster.size ?? "0.5" });
    setDraft(cachingDraftOf(loadedDefaults));
    mutation.reset();
  };
  return (
    <form onSubmit={submit} className="rounded-lg border border-border">
      <div className="flex flex-col gap-5 p-4">
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 flex items-center gap-2 text-[13px] font-semibold">
            Cache cluster <Badge tone={status.tone} aria-label={`Cluster status: ${status.label}`}>{status.label}</Badge>
          </legend>
          <CheckboxField label="Provision a cache cluster" description="Billed per hour while it exists, whether or not responses are cached. Creating or resizing takes minutes and empties the cache." checked={cluster.enabled} onCheckedChange={(enabled) => setCluster({ ...cluster, enabled })} />
          <div className="flex flex-wrap items-end gap-4">
            <Field label="Cache size" className="w-72" errors={errors["edited.cluster.size"]}>
              {(control) => (
                <Select {...control} disabled={!cluster.enabled} value={cluster.size} onValueChange={(size) => setCluster({ ...cluster, size })} options={prices.map((row) => ({ value: row.size, label: `${row.size} GB`, description: `${row.perHour} · ${row.perMonth}${row.estimate ? " (estimate)" : ""}` }))} />
              )}
            </Field>
            {price ? (
              <p aria-live="polite" aria-label="Cache price" className="pb-1.5 text-[13px]">
                <span className="font-semibold tabular-nums">{price.perMonth}</span>
                <span className="text-muted-foreground"> · {price.perHour} · 730 hours{price.estimate ? " · estimate" : ""}{cluster.enabled ? "" : " if provisioned"}</span>
              </p>
            ) : null}
          </div>
          <p className="text-xs text-muted-foreground">{priceNote}</p>
        </fieldset>
        <fieldset className="flex flex-col gap-3 border-t border-border pt-4">
          <legend className="sr-only">Stage default caching</legend>
          <h4 className="text-[13px] font-semibold">Stage default caching</h4>
          <CachingFields draft={draft} onChange={setDraft} errors={errors} errorPrefix="edited.settings." enableLabel="Cache responses" enableDescription="Applies to GET methods without a setting of their own; other verbs are cached only with their own setting." />
        </fieldset>
        <PatchOperationsPreview patches={patches} />
        <FormAlert message={formError} />
      </div>
      <SaveBar changes={patches.map((patch) => changeLabel(patch.path))} pending={mutation.isPending} onDiscard={discard} />
    </form>
  );
}
