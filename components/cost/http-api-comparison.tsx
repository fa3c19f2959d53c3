import { formatUsd, type CostLine } from "@/lib/domain/cost-model";

type Comparison = { lines: CostLine[]; total: number; missing: string[] };

/** What the same traffic would cost on an HTTP API, and what this API would lose. */
export function HttpApiComparison({ restTotal, comparison }: { restTotal: number; comparison: Comparison }) {
  return (
    <section aria-labelledby="http-api-heading" className="rounded-lg border border-border p-4 text-[13px]">
      <h2 id="http-api-heading" className="font-semibold">
        An HTTP API instead
      </h2>
      <p className="mt-1">
        The same requests on an HTTP API: <strong className="tabular-nums">{formatUsd(comparison.total)}</strong> a month
        {comparison.lines.length > 0 ? <span className="text-muted-foreground"> ({comparison.lines.map((line) => line.arithmetic).join(" + ")})</span> : null}, against{" "}
        {formatUsd(restTotal)} for this REST API with its other charges.
      </p>
      {comparison.missing.length > 0 ? (
        <p className="mt-2 text-muted-foreground">
          This API uses REST features HTTP APIs lack: <span className="text-foreground">{comparison.missing.join(", ")}</span>.
        </p>
      ) : (
        <p className="mt-2 text-muted-foreground">This API uses no feature that only REST APIs have.</p>
      )}
    </section>
  );
}
