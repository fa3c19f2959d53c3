"use client";

import { TriangleAlert } from "lucide-react";
import { detailedMetricsLines, detailedMetricsPerMethod, formatUsd, totalOf } from "@/lib/domain/cost-model";
import type { RegionPrices } from "@/lib/domain/price-table";
import type { LoggingLevel, LoggingValues } from "@/lib/domain/stage-logging";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { loggingLevelLabel, loggingLevelOptions } from "./logging-level-labels";
import { FieldError, SettingsRow } from "./settings-row";

type LoggingDefaultsRowsProps = {
  values: LoggingValues;
  onChange: (values: LoggingValues) => void;
  canEdit: boolean;
  /** Methods that would emit detailed metrics with the form as it is now. */
  metricsMethodCount: number;
  dataTraceAnywhere: boolean;
  isProtected: boolean;
  cachingOn: boolean;
  prices: RegionPrices;
  errors: Record<string, string[]>;
};

/** The stage-wide default execution log level, data trace and detailed metrics, with what metrics cost. */
export function LoggingDefaultsRows({ values, onChange, canEdit, metricsMethodCount, dataTraceAnywhere, isProtected, cachingOn, prices, errors }: LoggingDefaultsRowsProps) {
  const perMethod = detailedMetricsPerMethod(cachingOn);
  const perMethodCost = totalOf(detailedMetricsLines(1, prices, cachingOn));
  const total = totalOf(detailedMetricsLines(metricsMethodCount, prices, cachingOn));
  return (
    <>
      <SettingsRow label="Execution log" hint="What API Gateway logs about each request it handles, to the log group API-Gateway-Execution-Logs_{apiId}/{stage}.">
        {canEdit ? (
          <SegmentedControl<LoggingLevel> label="Stage default execution log" value={values.loggingLevel} onValueChange={(loggingLevel) => onChange({ ...values, loggingLevel })} options={loggingLevelOptions} />
        ) : (
          <p className="text-[13px]">{loggingLevelLabel(values.loggingLevel)}</p>
        )}
        <FieldError messages={errors["next.defaults.loggingLevel"]} />
      </SettingsRow>
      <SettingsRow label="Data trace" hint="Logs full request and response bodies and headers.">
        {canEdit ? <CheckboxField label="Log full requests and responses" checked={values.dataTraceEnabled} onCheckedChange={(dataTraceEnabled) => onChange({ ...values, dataTraceEnabled })} /> : <p className="text-[13px]">{values.dataTraceEnabled ? "On" : "Off"}</p>}
        {dataTraceAnywhere && isProtected ? (
          <p role="status" className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-[13px]">
            <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
            <span>
              <span className="font-medium">Keep data trace off on this protected stage.</span> It writes whole request and response bodies to CloudWatch Logs: tokens,
              passwords and personal data end up in the logs, readable by anyone who can read the log group. Use it briefly on a test stage instead.
            </span>
          </p>
        ) : null}
        <FieldError messages={errors["next.defaults.dataTraceEnabled"]} />
      </SettingsRow>
      <SettingsRow label="Detailed metrics" hint={`Per-method CloudWatch metrics, billed as ${perMethod} custom metrics per method: ${formatUsd(perMethodCost)} / month per method.`}>
        {canEdit ? <CheckboxField label="Emit per-method metrics" checked={values.metricsEnabled} onCheckedChange={(metricsEnabled) => onChange({ ...values, metricsEnabled })} /> : <p className="text-[13px]">{values.metricsEnabled ? "On" : "Off"}</p>}
        <p aria-label="Detailed metrics cost" className="text-[13px] tabular-nums">
          {metricsMethodCount === 0 ? (
            <span className="text-muted-foreground">$0.00 / month: no method emits detailed metrics</span>
          ) : (
            <>
              <span className="font-medium">{formatUsd(total)} / month</span> for {metricsMethodCount} method{metricsMethodCount === 1 ? "" : "s"} ({metricsMethodCount * perMethod} custom metrics)
            </>
          )}
        </p>
        <FieldError messages={errors["next.defaults.metricsEnabled"]} />
      </SettingsRow>
    </>
  );
}
