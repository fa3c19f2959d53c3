import { formatUsd, totalOf, type CostLine } from "@/lib/domain/cost-model";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Line items with the arithmetic behind each, and their total. */
export function CostLinesTable({ label, lines }: { label: string; lines: CostLine[] }) {
  return (
    <Table label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Item</TableHead>
          <TableHead>Arithmetic</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.label}>
            <TableCell>
              {line.label} {line.estimate ? <Badge tone="warning">estimate</Badge> : null}
            </TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground">{line.arithmetic}</TableCell>
            <TableCell className="text-right tabular-nums">{formatUsd(line.amount)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className="font-medium">Total</TableCell>
          <TableCell />
          <TableCell className="text-right font-medium tabular-nums">{formatUsd(totalOf(lines))}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
