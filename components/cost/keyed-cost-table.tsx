import Link from "next/link";
import type { KeyedCost } from "@/lib/domain/account-cost";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CostAmount, RequestCount } from "./cost-amount";

type Row = KeyedCost & { name: string; href?: string };

/** One row per API (or stage): requests and its share of the account's request charges, per period. */
export function KeyedCostTable({ label, keyHeading, rows }: { label: string; keyHeading: string; rows: Row[] }) {
  const sorted = [...rows].sort((a, b) => b.forecast.cost - a.forecast.cost || a.name.localeCompare(b.name));
  return (
    <Table label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>{keyHeading}</TableHead>
          <TableHead className="text-right">Requests this month</TableHead>
          <TableHead className="text-right">Month to date</TableHead>
          <TableHead className="text-right">Forecast</TableHead>
          <TableHead className="text-right">Last month</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((row) => (
          <TableRow key={row.key}>
            <TableCell className="font-medium">
              {row.href ? (
                <Link className="hover:underline" href={row.href}>
                  {row.name}
                </Link>
              ) : (
                row.name
              )}
            </TableCell>
            <TableCell className="text-right">
              <RequestCount value={row.monthToDate.requests} />
            </TableCell>
            <TableCell className="text-right">
              <CostAmount amount={row.monthToDate.cost} />
            </TableCell>
            <TableCell className="text-right">
              <CostAmount amount={row.forecast.cost} arithmetic={`${Math.round(row.forecast.requests).toLocaleString("en-US")} requests forecast`} />
            </TableCell>
            <TableCell className="text-right">
              <CostAmount amount={row.lastMonth.cost} arithmetic={`${row.lastMonth.requests.toLocaleString("en-US")} requests`} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
