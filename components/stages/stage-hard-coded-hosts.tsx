import { TriangleAlert } from "lucide-react";
import type { StageDetail } from "@/lib/deployments/stage-detail";
import { ExtractHostButton } from "./extract-host-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Integrations whose URI differs from another stage's only by a literal host: a stage variable should carry the host. */
export function StageHardCodedHosts({ envId, restApiId, detail, canEdit }: { envId: string; restApiId: string; detail: StageDetail; canEdit: boolean }) {
  if (detail.hardCodedHosts.length === 0) return null;
  return (
    <section aria-label="Hard-coded hosts" className="flex flex-col gap-2">
      <h2 className="flex items-center gap-1.5 text-[15px] font-semibold">
        <TriangleAlert className="size-4 text-warning" aria-hidden /> Hard-coded hosts
      </h2>
      <p className="text-[13px] text-muted-foreground">
        These integrations differ between stages only by host. Put the host in a stage variable and use the suggested URI so one deployment serves every stage.
      </p>
      <Table label="Hard-coded hosts">
        <TableHeader>
          <TableRow>
            <TableHead>Method</TableHead>
            <TableHead>Here</TableHead>
            <TableHead>Other stage</TableHead>
            <TableHead>Suggested URI</TableHead>
            {canEdit ? <TableHead><span className="sr-only">Actions</span></TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {detail.hardCodedHosts.map((found) => (
            <TableRow key={`${found.httpMethod} ${found.path} ${found.otherStage}`}>
              <TableCell className="font-mono text-xs">{found.httpMethod} {found.path}</TableCell>
              <TableCell className="font-mono text-xs">{found.hosts.a}</TableCell>
              <TableCell className="font-mono text-xs">{found.otherStage}: {found.hosts.b}</TableCell>
              <TableCell className="font-mono text-xs">{found.suggestedUri}</TableCell>
              {canEdit ? (
                <TableCell className="text-right">
                  <ExtractHostButton envId={envId} restApiId={restApiId} stageName={detail.stage.stageName} found={found} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
