import { dnsRecordsFor, type DomainNameSummary } from "@/lib/domain/domain-name";
import { CodeSnippet } from "@/components/ui/code-snippet";

/** Where DNS must point: in AWS a record to create; in the sandbox nothing to create, the Host header stands in for DNS. */
export function DnsRecords({ domain, sandbox }: { domain: DomainNameSummary; sandbox: boolean }) {
  const [alias, cname] = dnsRecordsFor(domain);
  return (
    <section aria-labelledby="dns-heading" className="rounded-lg border border-border">
      <h2 id="dns-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
        DNS
      </h2>
      <div className="flex flex-col gap-2.5 px-4 py-3 text-[13px] text-muted-foreground">
        {sandbox ? (
          <p>
            The sandbox needs no DNS record: it finds the domain from the request&apos;s <span className="font-mono text-xs">Host</span> header, as the
            commands below show. In AWS you would point the domain at this target:
          </p>
        ) : (
          <p>Create one of these records so the domain reaches API Gateway:</p>
        )}
        {alias && cname ? (
          <>
            <div className="flex flex-col gap-1">
              <span>
                Route 53: an <strong className="font-medium text-foreground">A record, alias</strong> to the target
                {alias.hostedZoneId ? (
                  <>
                    {" "}
                    (hosted zone <span className="font-mono text-xs">{alias.hostedZoneId}</span>)
                  </>
                ) : null}
                :
              </span>
              <CodeSnippet label="DNS target" code={alias.value} />
            </div>
            <div className="flex flex-col gap-1">
              <span>
                Other DNS providers: a <strong className="font-medium text-foreground">CNAME</strong> (not at the zone apex):
              </span>
              <CodeSnippet label="CNAME record" code={`${cname.name}. CNAME ${cname.value}.`} />
            </div>
          </>
        ) : (
          <p>AWS has not reported a target host name for this domain yet.</p>
        )}
      </div>
    </section>
  );
}
