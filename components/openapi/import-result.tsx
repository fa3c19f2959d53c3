import Link from "next/link";
import { CircleCheck, TriangleAlert } from "lucide-react";
import type { ImportedApi } from "@/lib/aws/openapi-import";

/** After an import: which API it made or changed, and every warning AWS returned. */
export function ImportResult({ envId, result, verb }: { envId: string; result: ImportedApi; verb: string }) {
  return (
    <section aria-label="Import result" className="flex flex-col gap-3 text-[13px]">
      <p className="flex items-center gap-2">
        <CircleCheck className="size-4 text-success" aria-hidden />
        <span>
          {verb} API{" "}
          <Link href={`/env/${envId}/apis/${result.api.id}`} className="font-medium text-accent hover:underline">
            {result.api.name}
          </Link>{" "}
          <span className="font-mono text-xs text-muted-foreground">({result.api.id})</span>
        </span>
      </p>
      {result.warnings.length === 0 ? (
        <p className="text-muted-foreground">AWS reported no warnings.</p>
      ) : (
        <div className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2">
          <p className="flex items-center gap-2 font-medium">
            <TriangleAlert className="size-4 text-warning" aria-hidden />
            AWS returned {result.warnings.length} warning{result.warnings.length === 1 ? "" : "s"}
          </p>
          <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-6" aria-label="Import warnings">
            {result.warnings.map((warning, index) => (
              <li key={index} className="break-words">
                {warning}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
