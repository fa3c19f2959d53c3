import { CircleCheck, TriangleAlert } from "lucide-react";
import type { ApiKeyImportResult } from "@/lib/domain/api-key";

/** What ImportApiKeys did: how many keys came in, and each row AWS refused, in AWS's words. */
export function ImportApiKeysOutcome({ result }: { result: ApiKeyImportResult }) {
  const imported = result.ids.length;
  return (
    <div className="flex flex-col gap-3 text-[13px]">
      <p role="status" className="flex items-center gap-2">
        <CircleCheck className="size-4 text-success" aria-hidden />
        {imported === 1 ? "1 API key imported." : `${imported} API keys imported.`}
      </p>
      {result.warnings.length > 0 ? (
        <section aria-label="Rows AWS refused" className="flex flex-col gap-1.5">
          <p className="flex items-center gap-2 font-medium">
            <TriangleAlert className="size-4 text-warning" aria-hidden />
            {result.warnings.length === 1 ? "1 row was refused:" : `${result.warnings.length} rows were refused:`}
          </p>
          <ul className="flex flex-col gap-1 rounded-md border border-border bg-surface px-3 py-2 text-xs">
            {result.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
          <p className="text-xs text-muted-foreground">Fix those rows and import only them again.</p>
        </section>
      ) : null}
    </div>
  );
}
