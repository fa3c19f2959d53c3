"use client";

import dynamic from "next/dynamic";
import type { UsageRange, UsageReportView } from "@/lib/domain/usage-report";
import { describeQuota, type QuotaSettings } from "@/lib/domain/usage-plan";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { UsageRangeForm } from "./usage-range-form";

const UsageChart = dynamic(() => import("./usage-chart"), { ssr: false, loading: () => <Skeleton className="h-[180px] w-full" /> });

type UsageProps = { base: string; range: UsageRange; view: UsageReportView; quota: QuotaSettings | null };

const count = (value: number) => value.toLocaleString("en-US");

/** GetUsage per key and day: a stacked bar chart, the table behind it, and what each key has left of its quota. */
export function UsagePlanUsage({ base, range, view, quota }: UsageProps) {
  const summary = `${count(view.total)} ${view.total === 1 ? "request" : "requests"} from ${range.from} to ${range.to} (UTC)${quota ? ` · quota ${describeQuota(quota)} per key` : ""}`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-end justify-between gap-4">
        <p className="text-[13px] text-muted-foreground" aria-live="polite">{summary}</p>
        <UsageRangeForm base={base} range={range} />
      </div>
      {view.keys.length === 0 ? (
        <EmptyState title="No API keys in this plan">Usage is counted per API key. Attach a key and call the plan&apos;s stages with it.</EmptyState>
      ) : (
        <>
          <figure className="rounded-lg border border-border p-3" aria-label={`Requests per day by API key. ${summary}`}>
            <UsageChart view={view} />
          </figure>
          <Table label="Requests per API key and day">
            <TableHeader>
              <TableRow>
                <TableHead>API key</TableHead>
                {view.days.map((day) => (
                  <TableHead key={day} className="text-right">{day.slice(5)}</TableHead>
                ))}
                <TableHead className="text-right">Total</TableHead>
                <TableHead className="text-right">Quota left</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.keys.map((key) => (
                <TableRow key={key.keyId}>
                  <TableCell className="font-medium">{key.keyName}</TableCell>
                  {key.daily.map((used, index) => (
                    <TableCell key={view.days[index]} className={used === 0 ? "text-right tabular-nums text-subtle-foreground" : "text-right tabular-nums"}>{count(used)}</TableCell>
                  ))}
                  <TableCell className="text-right font-medium tabular-nums">{count(key.total)} requests</TableCell>
                  <TableCell className="text-right tabular-nums">{key.remaining === null ? (quota ? "—" : "No quota") : `${count(key.remaining)} requests`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
