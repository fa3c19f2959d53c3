"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { defaultCacheTtlSeconds } from "@/lib/domain/method-caching";
import type { MethodSettingValues } from "@/lib/domain/stage-settings";

/** The caching half of a method-settings entry as a form edits it (TTL as typed). */
export type CachingDraft = { cachingEnabled: boolean; ttl: string; cacheDataEncrypted: boolean; requireAuthorizationForCacheControl: boolean; unauthorizedCacheControlHeaderStrategy: string };

const strategies = [
  { value: "FAIL_WITH_403", label: "Fail with 403", description: "The request is refused with 403 Forbidden." },
  { value: "SUCCEED_WITH_RESPONSE_HEADER", label: "Ignore, with a warning header", description: "The cached response is served with a warning header." },
  { value: "SUCCEED_WITHOUT_RESPONSE_HEADER", label: "Ignore silently", description: "The cached response is served as if nothing was asked." },
];

/** "Fail with 403" ... for an AWS strategy name; the name itself for one Archway does not know. */
export const unauthorizedStrategyLabel = (strategy: string) => strategies.find((candidate) => candidate.value === strategy)?.label ?? strategy;

/** A draft from an entry, with AWS's defaults where it sets nothing (TTL 300 s, authorization required). */
export function cachingDraftOf(values: MethodSettingValues): CachingDraft {
  return {
    cachingEnabled: values.cachingEnabled ?? false,
    ttl: String(values.cacheTtlInSeconds ?? defaultCacheTtlSeconds),
    cacheDataEncrypted: values.cacheDataEncrypted ?? false,
    requireAuthorizationForCacheControl: values.requireAuthorizationForCacheControl ?? true,
    unauthorizedCacheControlHeaderStrategy: values.unauthorizedCacheControlHeaderStrategy ?? "SUCCEED_WITH_RESPONSE_HEADER",
  };
}

/** The values an action receives; a TTL that is not a number is sent as NaN, which the server refuses beside its field. */
export function cachingValuesOf(draft: CachingDraft) {
  return {
    cachingEnabled: draft.cachingEnabled,
    cacheTtlInSeconds: draft.ttl.trim() === "" ? Number.NaN : Number(draft.ttl),
    cacheDataEncrypted: draft.cacheDataEncrypted,
    requireAuthorizationForCacheControl: draft.requireAuthorizationForCacheControl,
    unauthorizedCacheControlHeaderStrategy: draft.unauthorizedCacheControlHeaderStrategy,
  };
}

type CachingFieldsProps = { draft: CachingDraft; onChange: (draft: CachingDraft) => void; errors: Record<string, string[]>; errorPrefix: string; enableLabel: string; enableDescription: string };

/** Caching on/off, TTL, encryption, and who may invalidate, each explained in one line. */
export function CachingFields({ draft, onChange, errors, errorPrefix, enableLabel, enableDescription }: CachingFieldsProps) {
  const set = (patch: Partial<CachingDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="flex flex-col gap-3">
      <CheckboxField label={enableLabel} description={enableDescription} checked={draft.cachingEnabled} onCheckedChange={(checked) => set({ cachingEnabled: checked })} />
      <Field label="Time to live (seconds)" className="max-w-md" errors={errors[`${errorPrefix}cacheTtlInSeconds`]} hint="0 to 3,600. How long a cached response is served before the integration is called again.">
        {(control) => <Input {...control} className="w-40" type="number" inputMode="numeric" min={0} max={3600} step={1} value={draft.ttl} onChange={(e) => set({ ttl: e.target.value })} />}
      </Field>
      <CheckboxField label="Encrypt cache data" description="Cached responses are stored encrypted; they may take a little more cache space." checked={draft.cacheDataEncrypted} onCheckedChange={(checked) => set({ cacheDataEncrypted: checked })} />
      <CheckboxField
        label="Require authorization to invalidate"
        description="A client sending Cache-Control: max-age=0 must be signed with IAM permission execute-api:InvalidateCache to bypass the cache."
        checked={draft.requireAuthorizationForCacheControl}
        onCheckedChange={(checked) => set({ requireAuthorizationForCacheControl: checked })}
      />
      {draft.requireAuthorizationForCacheControl ? (
        <Field label="Unauthorized invalidation" className="max-w-sm" hint={strategies.find((s) => s.value === draft.unauthorizedCacheControlHeaderStrategy)?.description}>
          {(control) => <Select {...control} options={strategies} value={draft.unauthorizedCacheControlHeaderStrategy} onValueChange={(value) => set({ unauthorizedCacheControlHeaderStrategy: value })} />}
        </Field>
      ) : null}
    </div>
  );
}
