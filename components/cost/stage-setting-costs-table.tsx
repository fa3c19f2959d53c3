import type { SettingCost } from "@/lib/domain/stage-setting-costs";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Each setting of a stage that changes its bill, as it is now, with what it costs. */
export function StageSettingCostsTable({ rows }: { rows: SettingCost[] }) {
  return (
    <Table label="What this stage's settings cost">
      <TableHeader>
        <TableRow>
          <TableHead>Setting</TableHead>
          <TableHead>Now</TableHead>
          <TableHead>Cost</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.setting}>
            <TableCell className="font-medium">{row.setting}</TableCell>
            <TableCell>{row.state}</TableCell>
            <TableCell className="text-muted-foreground">{row.cost}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
