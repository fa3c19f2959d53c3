import { TriangleAlert } from "lucide-react";
import type { StageDetail } from "@/lib/deployments/stage-detail";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Where each variable is used in the working copy, and which used names this stage does not define. */
export function StageVariableUsage({ detail }: { detail: StageDetail }) {
  return (
    <div className="flex flex-col gap-3">
      {detail.undefinedVariables.length > 0 ? (
        <p role="status" className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-[13px]">
          <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
          <span>
            Referenced but not defined on {detail.stage.stageName}: <span className="font-mono">{detail.undefinedVariables.join(", ")}</span>. Calls that use them fail once the working copy is deployed here.
          </span>
        </p>
      ) : null}
      {detail.references.length === 0 ? (
        <p className="text-[13px] text-muted-foreground">The working copy references no stage variables.</p>
      ) : (
        <Table label="Stage variable references">
          <TableHeader>
            <TableRow>
              <TableHead>Variable</TableHead>
              <TableHead>Used by</TableHead>
              <TableHead>In</TableHead>
              <TableHead>On this stage</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.references.map((reference, index) => (
              <TableRow key={index}>
                <TableCell className="font-mono text-xs">{reference.name}</TableCell>
                <TableCell className="font-mono text-xs">{reference.where}</TableCell>
                <TableCell>{reference.place}</TableCell>
                <TableCell>
                  {reference.name in detail.stage.variables ? (
                    <span className="font-mono text-xs">{detail.stage.variables[reference.name]}</span>
                  ) : (
                    <Badge tone="warning">Not defined</Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
