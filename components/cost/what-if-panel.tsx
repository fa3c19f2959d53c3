"use client";

import { useMemo, useState } from "react";
import { cacheMonthlyPrice, formatUsd } from "@/lib/domain/cost-model";
import { estimateScenario, type CostScenario } from "@/lib/domain/cost-scenario";
import { cacheSizes, type CacheSize, type RegionPrices } from "@/lib/domain/price-table";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CostLinesTable } from "./cost-lines-table";

type WhatIfProps = { prices: RegionPrices; current: CostScenario; methodStagePairs: number };

const noCache = "none";

/** Change the drivers of the bill and see the new monthly total beside the current one. */
export function WhatIfPanel({ prices, current, methodStagePairs }: WhatIfProps) {
  const [requests, setRequests] = useState(String(Math.round(current.monthlyRequests)));
  const [cache, setCache] = useState<string>(current.cacheSizes[0] ?? noCache);
  const [hitRatio, setHitRatio] = useState(String(Math.round(current.cacheHitRatio * 100)));
  const [responseKb, setResponseKb] = useState(String(current.averageResponseKb));
  const [detailed, setDetailed] = useState(current.detailedMetricPairs > 0);
  const [tracing, setTracing] = useState(current.tracing);
  const [logGb, setLogGb] = useState(String(current.logGb));
  const errors = {
    requests: validNumber(requests, 0) ? undefined : ["Enter a number of requests, 0 or more."],
    hitRatio: validNumber(hitRatio, 0, 100) ? undefined : ["Enter a percentage from 0 to 100."],
    responseKb: validNumber(responseKb, 0) ? undefined : ["Enter a size in KB, 0 or more."],
    logGb: validNumber(logGb, 0) ? undefined : ["Enter a volume in GB, 0 or more."],
  };
  const scenario: CostScenario = {
    ...current,
    monthlyRequests: errors.requests ? current.monthlyRequests : Number(requests),
    // The what-if prices one cluster; stages beyond the first keep their current caches.
    cacheSizes: [...(cache === noCache ? [] : [cache as CacheSize]), ...current.cacheSizes.slice(1)],
    cacheHitRatio: errors.hitRatio ? current.cacheHitRatio : Number(hitRatio) / 100,
    averageResponseKb: errors.responseKb ? current.averageResponseKb : Number(responseKb),
    detailedMetricPairs: detailed ? Math.max(current.detailedMetricPairs, methodStagePairs) : 0,
    tracing,
    logGb: errors.logGb ? current.logGb : Number(logGb),
  };
  const before = useMemo(() => estimateScenario(current, prices), [current, prices]);
  const after = estimateScenario(scenario, prices);
  const difference = after.total - before.total;
  const cacheOptions = [{ value: noCache, label: "No cache" }, ...cacheSizes.map((size) => ({ value: size, label: `${size} GB`, description: `${formatUsd(cacheMonthlyPrice(size, prices))} / month` }))];

  return (
    <section aria-labelledby="what-if-heading" className="flex flex-col gap-3 rounded-lg border border-border p-4">
      <h2 id="what-if-heading" className="text-[13px] font-semibold">
        What if
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="Requests a month" errors={errors.requests} hint="Defaults to this month's forecast.">
          {(control) => <Input {...control} inputMode="numeric" value={requests} onChange={(event) => setRequests(event.target.value)} />}
        </Field>
        <Field label="Cache cluster" hint={cache === noCache ? "API Gateway bills every request, cached or not." : `${formatUsd(cacheMonthlyPrice(cache as CacheSize, prices))} a month (730 h).`}>
          {(control) => <Select {...control} value={cache} onValueChange={setCache} options={cacheOptions} />}
        </Field>
        <Field label="Expected cache hit ratio (%)" errors={errors.hitRatio} hint={`Backend requests: ${after.backendRequests.toLocaleString("en-US")} a month.`}>
          {(control) => <Input {...control} inputMode="decimal" value={hitRatio} onChange={(event) => setHitRatio(event.target.value)} disabled={cache === noCache} />}
        </Field>
        <Field label="Average response size (KB)" errors={errors.responseKb} hint="For data transfer out; 2 KB is a typical small JSON answer.">
          {(control) => <Input {...control} inputMode="decimal" value={responseKb} onChange={(event) => setResponseKb(event.target.value)} />}
        </Field>
        <Field label="Log ingestion (GB a month)" errors={errors.logGb} hint="Execution and access logs; roughly 0.5 KB a request per access log line.">
          {(control) => <Input {...control} inputMode="decimal" value={logGb} onChange={(event) => setLogGb(event.target.value)} />}
        </Field>
        <CheckboxField label="Detailed metrics on every stage" description={`${methodStagePairs} method × stage pair${methodStagePairs === 1 ? "" : "s"}, 5 metrics each (7 with a cache).`} checked={detailed} onCheckedChange={setDetailed} />
        <CheckboxField label="X-Ray tracing" description="1 trace a second plus 5% of the rest." checked={tracing} onCheckedChange={setTracing} />
      </div>
      <p className="text-[13px]" role="status" aria-live="polite">
        New monthly total <strong className="tabular-nums">{formatUsd(after.total)}</strong>{" "}
        <span className={difference > 0.004 ? "text-danger" : difference < -0.004 ? "text-success" : "text-muted-foreground"}>
          ({difference >= 0 ? "+" : "−"}
          {formatUsd(Math.abs(difference))} against {formatUsd(before.total)} now)
        </span>
      </p>
      <CostLinesTable label="What-if monthly estimate" lines={after.lines} />
    </section>
  );
}

function validNumber(text: string, min: number, max = Infinity): boolean {
  if (text.trim() === "") return false;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max;
}
