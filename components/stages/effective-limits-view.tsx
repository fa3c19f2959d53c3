"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/class-names";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useEffectiveLimitInputsQuery } from "@/lib/data/stage-settings/effective-limit-inputs-query";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import { resolveEffectiveLimits, type EffectiveLimitInputs, type EffectiveLimits } from "@/lib/domain/effective-limits";
import { methodLabel, type StageMethod } from "@/lib/domain/stage-method-overrides";
import type { StageSettings } from "@/lib/domain/stage-settings";
import { formatBurst, formatRate } from "@/lib/domain/stage-throttle-limits";
import { MethodPicker } from "./method-picker";
import { StageSettingsSection } from "./stage-settings-section";

type EffectiveLimitsViewProps = { at: StageSettingsVariables; methods: StageMethod[]; settings: StageSettings; initialInputs: EffectiveLimitInputs };

const noKey = "none";

/** For one method, and optionally one API key: every throttle level, which apply, and the one a client hits first. */
export function EffectiveLimitsView({ at, methods, settings, initialInputs }: EffectiveLimitsViewProps) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const picked = params.get("method") ?? (methods[0] ? methodLabel(methods[0]) : "");
  const keyId = params.get("key") || null;
  const method = methods.find((candidate) => methodLabel(candidate) === picked) ?? null;
  const inputs = useEffectiveLimitInputsQuery({ ...at, keyId }, initialInputs);
  // The choices live in the URL, so a resolved view can be shared.
  const choose = (name: "method" | "key", value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== noKey) next.set(name, value);
    else next.delete(name);
    router.replace(`${pathname}?${next}`, { scroll: false });
  };
  const keyOptions = [{ value: noKey, label: "No API key" }, ...initialInputs.apiKeys.map((key) => ({ value: key.id, label: `${key.name}${key.enabled ? "" : " (disabled)"}`, description: key.id }))];
  const resolved =
    method && inputs.data
      ? resolveEffectiveLimits({ account: inputs.data.account.throttle, methodSettings: settings.methodSettings, method, plan: keyId ? (inputs.data.plan ?? null) : undefined })
      : null;
  return (
    <StageSettingsSection title="Effective limits" description="Every level API Gateway checks for a request, most specific first. The lowest limit is the one a client hits first.">
      <div className="grid max-w-2xl grid-cols-2 gap-4">
        <Field label="Method">{(control) => <MethodPicker {...control} methods={methods} value={picked} onValueChange={(value) => choose("method", value)} />}</Field>
        <Field label="API key" optional hint={initialInputs.apiKeys.length === 0 ? "No API keys in this environment." : "Adds the key's usage plan for this stage."}>
          {(control) => <Select {...control} options={keyOptions} value={keyId ?? noKey} onValueChange={(value) => choose("key", value)} />}
        </Field>
      </div>
      {methods.length === 0 ? <p className="text-[13px] text-muted-foreground">The API has no methods yet.</p> : null}
      {inputs.isPending ? <Skeleton className="h-40 w-full" /> : null}
      {inputs.error ? <FormAlert message={inputs.error.message} /> : null}
      {resolved && method ? <ResolvedLimits resolved={resolved} method={method} /> : null}
    </StageSettingsSection>
  );
}

function ResolvedLimits({ resolved, method }: { resolved: EffectiveLimits; method: StageMethod }) {
  const labelOf = (level: string) => resolved.levels.find((candidate) => candidate.level === level)?.label.toLowerCase() ?? level;
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-[13px]">
        A client calling <span className="font-mono">{methodLabel(method)}</span> is throttled first at <strong>{formatRate(resolved.rate.value)}</strong> ({labelOf(resolved.rate.level)}) with a burst of{" "}
        <strong>{formatBurst(resolved.burst.value)}</strong> ({labelOf(resolved.burst.level)}).
      </p>
      <Table label="Throttle levels for the method">
        <TableHeader>
          <TableRow>
            <TableHead>Level</TableHead>
            <TableHead className="text-right">Rate</TableHead>
            <TableHead className="text-right">Burst</TableHead>
            <TableHead>Applies</TableHead>
            <TableHead>Why</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {resolved.levels.map((level) => {
            const hits = [resolved.rate.level === level.level ? "rate" : null, resolved.burst.level === level.level ? "burst" : null].filter(Boolean);
            return (
              <TableRow key={level.level} className={cn(!level.applies && "text-muted-foreground")}>
                <TableCell className="whitespace-nowrap font-medium">{level.label}</TableCell>
                <TableCell className="whitespace-nowrap text-right tabular-nums">{level.limit.rateLimit === null ? "—" : formatRate(level.limit.rateLimit)}</TableCell>
                <TableCell className="whitespace-nowrap text-right tabular-nums">{level.limit.burstLimit === null ? "—" : formatBurst(level.limit.burstLimit)}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {level.applies ? "Yes" : "No"}
                  {hits.length > 0 ? <Badge tone="accent" className="ml-2">{hits.join(" and ")} hit first</Badge> : null}
                </TableCell>
                <TableCell className="text-[13px]">{level.reason}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
