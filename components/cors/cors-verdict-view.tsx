import { CircleCheck, CircleX } from "lucide-react";
import type { PreflightCheckResult } from "@/lib/domain/cors-preflight-verdict";
import { cn } from "@/components/ui/class-names";

/** The verdict in one line, then each header the browser looks at, with what was wrong. */
export function CorsVerdictView({ result, origin }: { result: PreflightCheckResult; origin: string }) {
  const { verdict } = result;
  return (
    <section aria-label="Preflight check result" className="flex flex-col gap-2">
      <p role="status" className={cn("flex items-center gap-2 rounded-md px-3 py-2 text-[13px] font-medium", verdict.allowed ? "bg-success-soft text-success" : "bg-danger-soft text-danger")}>
        {verdict.allowed ? <CircleCheck className="size-4" aria-hidden /> : <CircleX className="size-4" aria-hidden />}
        {verdict.allowed ? `A browser on ${origin} would allow this call.` : `A browser on ${origin} would block this call.`}
      </p>
      <p className="text-xs text-muted-foreground">
        Preflight answered {result.preflight.status}
        {result.actual ? `, the request answered ${result.actual.status}` : ""} at <span className="font-mono">{result.url}</span>
      </p>
      <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
        {verdict.checks.map((check, index) => (
          <li key={index} className="flex items-start gap-2 px-3 py-1.5 text-[13px]">
            {check.ok ? <CircleCheck className="mt-0.5 size-4 shrink-0 text-success" aria-label="Passes" role="img" /> : <CircleX className="mt-0.5 size-4 shrink-0 text-danger" aria-label="Fails" role="img" />}
            <span>
              <span className="font-mono text-xs">{check.header}</span> <span className="text-xs text-muted-foreground">({check.stage === "preflight" ? "preflight" : "response"})</span>: {check.message}
            </span>
          </li>
        ))}
      </ul>
      {result.actualSkipped ? <p className="text-xs text-muted-foreground">{result.actualSkipped}</p> : null}
    </section>
  );
}
