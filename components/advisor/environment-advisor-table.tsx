import Link from "next/link";
import type { ApiAdviceState } from "@/lib/data/advisor/environment-advice-queries";
import { subjectLabel } from "@/lib/domain/advisor/api-advice";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AdvisorScore } from "./advisor-score";
import { SeverityCounts } from "./severity-badge";

/** One row per API: score, counts by severity and the most severe finding, or the read's state. */
export function EnvironmentAdvisorTable({ envId, rows, filtering, allChecked }: { envId: string; rows: ApiAdviceState[]; filtering: boolean; allChecked: boolean }) {
  return (
    <Table label="APIs and their advisor findings">
      <TableHeader>
        <TableRow>
          <TableHead>API</TableHead>
          <TableHead className="w-28">Score</TableHead>
          <TableHead className="w-56">Open findings</TableHead>
          <TableHead>Most severe</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={4} className="py-6 text-center text-muted-foreground">
              {filtering ? `No API ${allChecked ? "" : "checked so far "}has a finding that matches these filters.` : "This environment has no REST APIs."}
            </TableCell>
          </TableRow>
        ) : null}
        {rows.map((row) => (
          <TableRow key={row.restApiId}>
            <TableCell>
              <Link href={`/env/${envId}/apis/${row.restApiId}/advisor`} className="font-medium hover:underline">
                {row.name}
              </Link>
              <span className="ml-2 font-mono text-xs text-subtle-foreground">{row.restApiId}</span>
            </TableCell>
            <RowCells row={row} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RowCells({ row }: { row: ApiAdviceState }) {
  if (row.loading) {
    return (
      <TableCell colSpan={3} aria-label="Checking">
        <Skeleton className="h-4 w-2/3" />
      </TableCell>
    );
  }
  if (!row.advice) {
    return (
      <TableCell colSpan={3} className="text-xs text-danger">
        Could not check: {row.error?.message ?? "no answer"}
      </TableCell>
    );
  }
  const top = row.advice.findings[0];
  return (
    <>
      <TableCell>
        <AdvisorScore score={row.advice.score} size="sm" />
      </TableCell>
      <TableCell>
        <SeverityCounts counts={row.advice.counts} />
      </TableCell>
      <TableCell className="text-muted-foreground">
        {top ? (
          <span>
            <span className="text-foreground">{top.title}</span> · {subjectLabel(top.subject)}
          </span>
        ) : (
          "—"
        )}
      </TableCell>
    </>
  );
}
