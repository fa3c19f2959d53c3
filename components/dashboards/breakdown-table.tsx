import Link from "next/link";
import type { BreakdownRow } from "@/lib/domain/dashboard-view";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatValue } from "./chart-data";

type BreakdownTableProps = {
  label: string;
  rows: BreakdownRow[];
  /** What the first column names and where it links. */
  name: (row: BreakdownRow) => { text: string; href?: string };
  nameHeader: string;
  limit?: number;
};

/** Rows by requests (most first), with errors and latency; rows without data sort last and show dashes. */
export function BreakdownTable({ label, rows, name, nameHeader, limit = 10 }: BreakdownTableProps) {
  const sorted = [...rows].sort((a, b) => (b.requests ?? -1) - (a.requests ?? -1)).slice(0, limit);
  return (
    <Table label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>{nameHeader}</TableHead>
          <TableHead className="text-right">Requests</TableHead>
          <TableHead className="text-right">4XX</TableHead>
          <TableHead className="text-right">5XX</TableHead>
          <TableHead className="text-right">Error rate</TableHead>
          <TableHead className="text-right">p99</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((row) => {
          const { text, href } = name(row);
          const errors = (row.errors4xx ?? 0) + (row.errors5xx ?? 0);
          return (
            <TableRow key={`${row.scope.apiName}|${row.scope.stage ?? ""}|${row.scope.method?.httpMethod ?? ""}|${row.scope.method?.resource ?? ""}`}>
              <TableCell className="font-mono text-xs">{href ? <Link className="text-accent hover:underline" href={href}>{text}</Link> : text}</TableCell>
              <TableCell className="text-right tabular-nums">{formatValue(row.requests, "count")}</TableCell>
              <TableCell className="text-right tabular-nums">{formatValue(row.errors4xx, "count")}</TableCell>
              <TableCell className="text-right tabular-nums">{formatValue(row.errors5xx, "count")}</TableCell>
              <TableCell className="text-right tabular-nums">{row.requests ? formatValue((100 * errors) / row.requests, "percent") : "–"}</TableCell>
              <TableCell className="text-right tabular-nums">{formatValue(row.p99, "ms")}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
