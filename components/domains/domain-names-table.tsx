import Link from "next/link";
import type { DomainNameListItem } from "@/lib/domain/domain-name";
import { EndpointTypeBadge } from "@/components/rest-apis/endpoint-type";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { SecurityPolicy } from "./security-policy";

export function domainPath(envId: string, domainName: string): string {
  return `/env/${envId}/domains/${encodeURIComponent(domainName)}`;
}

export function DomainNamesTable({ envId, domains }: { envId: string; domains: readonly DomainNameListItem[] }) {
  return (
    <Table label="Custom domain names">
      <TableHeader>
        <TableRow>
          <TableHead>Domain name</TableHead>
          <TableHead className="whitespace-nowrap">Endpoint type</TableHead>
          <TableHead>Security policy</TableHead>
          <TableHead>Certificate</TableHead>
          <TableHead>DNS target</TableHead>
          <TableHead className="text-right">Mappings</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {domains.map((domain) => (
          <TableRow key={domain.domainName}>
            <TableCell className="whitespace-nowrap font-medium">
              <Link href={domainPath(envId, domain.domainName)} className="rounded-sm text-accent hover:underline">
                {domain.domainName}
              </Link>
            </TableCell>
            <TableCell>
              <EndpointTypeBadge type={domain.endpointType} />
            </TableCell>
            <TableCell className="min-w-60 max-w-72">
              <SecurityPolicy policy={domain.securityPolicy} />
            </TableCell>
            <TableCell className="max-w-48 truncate font-mono text-xs text-muted-foreground" title={domain.certificateArn ?? undefined}>
              {domain.certificateArn ?? <span className="font-sans text-subtle-foreground">Uploaded certificate</span>}
            </TableCell>
            <TableCell className="max-w-56 truncate font-mono text-xs text-muted-foreground" title={domain.targetDomainName ?? undefined}>
              {domain.targetDomainName ?? "—"}
            </TableCell>
            <TableCell className="text-right tabular-nums">{domain.mappings.length}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
