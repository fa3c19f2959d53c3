import { CircleAlert, TriangleAlert } from "lucide-react";
import type { DocumentProblem } from "@/lib/domain/openapi-check";

/** Errors and warnings found in the document, each with the line (and column) it concerns. */
export function DocumentProblems({ problems }: { problems: DocumentProblem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const heading = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : null, warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : null].filter(Boolean).join(", ");
  return (
    <section aria-label="Problems in the document" className="rounded-md border border-border">
      <p role={errors ? "alert" : "status"} className="border-b border-border px-3 py-1.5 text-xs font-semibold">
        {heading} in the document
      </p>
      <ul tabIndex={0} className="flex max-h-48 flex-col divide-y divide-border overflow-y-auto">
        {problems.map((problem, index) => (
          <li key={index} className="flex items-start gap-2 px-3 py-1.5 text-[13px]">
            {problem.severity === "error" ? <CircleAlert className="mt-0.5 size-4 shrink-0 text-danger" aria-label="Error" /> : <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-label="Warning" />}
            <span className="w-28 shrink-0 font-mono text-xs leading-5 text-muted-foreground">
              {problem.line === null ? "Document" : `Line ${problem.line}${problem.column !== null ? `:${problem.column}` : ""}`}
            </span>
            <span className="min-w-0 break-words">{problem.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
