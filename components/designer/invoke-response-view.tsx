"use client";

import { useMemo } from "react";
import { parseExecutionLog } from "@/lib/domain/execution-log";
import { prettyBody } from "@/lib/domain/invoke-request-form";
import { Badge } from "@/components/ui/badge";
import { CodeEditor } from "@/components/ui/code-editor";
import { ExecutionLogView } from "./execution-log-view";

export type InvokeResponse = { status: number; headers: Record<string, string>; body: string; latencyMs: number; log?: string; url?: string; truncated?: boolean };

/** What came back: status, latency, headers, the body (pretty when JSON) and, for the working copy, the execution log. */
export function InvokeResponseView({ response, source }: { response: InvokeResponse; source: string }) {
  const body = useMemo(() => prettyBody(response.body), [response.body]);
  const steps = useMemo(() => (response.log === undefined ? null : parseExecutionLog(response.log)), [response.log]);
  const tone = response.status >= 500 ? "danger" : response.status >= 400 ? "warning" : "success";
  const headers = Object.entries(response.headers).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-label="Response" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[13px]">
        <span className="flex items-center gap-2">
          <span className="text-muted-foreground">Status</span>
          <Badge tone={tone} aria-label={`Status ${response.status}`}>
            {response.status}
          </Badge>
        </span>
        <span>
          <span className="text-muted-foreground">Latency</span> <span className="tabular-nums">{response.latencyMs.toLocaleString("en-US")} ms</span>
        </span>
        <span className="text-muted-foreground">{source}</span>
        {response.url ? <span className="min-w-0 truncate font-mono text-xs text-muted-foreground">{response.url}</span> : null}
      </div>
      <div>
        <h3 className="mb-1.5 text-xs font-semibold text-muted-foreground">Response body{body.json ? " (JSON, formatted)" : ""}</h3>
        {response.truncated ? <p className="mb-1 text-xs text-warning">Cut at 10 MB, API Gateway&apos;s payload limit.</p> : null}
        {response.body ? (
          <CodeEditor value={body.text} language={body.json ? "json" : "text"} ariaLabel="Response body" readOnly minHeight="4rem" />
        ) : (
          <p className="text-[13px] text-subtle-foreground">Empty body</p>
        )}
      </div>
      <div>
        <h3 className="mb-1.5 text-xs font-semibold text-muted-foreground">Response headers ({headers.length})</h3>
        <dl className="grid grid-cols-[minmax(8rem,auto)_minmax(0,1fr)] gap-x-4 gap-y-0.5 font-mono text-xs">
          {headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-muted-foreground">{name}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {steps ? (
        <div>
          <h3 className="mb-1.5 text-xs font-semibold text-muted-foreground">Execution log</h3>
          <ExecutionLogView steps={steps} />
        </div>
      ) : null}
    </section>
  );
}
