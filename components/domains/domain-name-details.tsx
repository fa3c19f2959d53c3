import type { DomainNameSummary } from "@/lib/domain/domain-name";
import { endpointTypeLabel } from "@/components/rest-apis/endpoint-type";
import { Badge } from "@/components/ui/badge";
import { SecurityPolicy } from "./security-policy";
import { SecurityPolicyForm } from "./security-policy-form";

type DomainNameDetailsProps = { envId: string; domain: DomainNameSummary; canEdit: boolean };

/** What AWS holds for the domain; admins change the security policy here, everyone else reads it. */
export function DomainNameDetails({ envId, domain, canEdit }: DomainNameDetailsProps) {
  return (
    <section aria-labelledby="domain-details-heading" className="rounded-lg border border-border">
      <h2 id="domain-details-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
        Details
      </h2>
      <dl className="grid grid-cols-[9rem_minmax(0,1fr)] gap-x-4 gap-y-2.5 px-4 py-3 text-[13px]">
        <dt className="text-muted-foreground">Endpoint type</dt>
        <dd>{endpointTypeLabel(domain.endpointType)}</dd>
        <dt className="text-muted-foreground">Status</dt>
        <dd>{domain.status ? <Badge tone={domain.status === "AVAILABLE" ? "success" : "warning"}>{domain.status}</Badge> : "—"}</dd>
        <dt className="text-muted-foreground">Certificate</dt>
        <dd className="break-all font-mono text-xs">{domain.certificateArn ?? <span className="font-sans text-subtle-foreground">Uploaded certificate</span>}</dd>
        <dt className={canEdit ? "pt-1.5 text-muted-foreground" : "text-muted-foreground"}>Security policy</dt>
        <dd className="flex flex-col gap-1.5">
          {canEdit ? (
            <SecurityPolicyForm key={domain.securityPolicy} envId={envId} domainName={domain.domainName} policy={domain.securityPolicy} />
          ) : (
            <SecurityPolicy policy={domain.securityPolicy} />
          )}
        </dd>
      </dl>
    </section>
  );
}
