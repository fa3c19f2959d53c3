import type { Metadata } from "next";
import Link from "next/link";
import { ScrollText } from "lucide-react";
import { listAuditedActionNames, listAuditEvents, type AuditOutcome } from "@/lib/audit/audit-log";
import { requireUser } from "@/lib/auth/session";
import { listEnvironments } from "@/lib/environments/environments";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log" };

const pageSize = 50;
type AuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: AuditPageProps) {
  await requireUser("admin");
  const params = await searchParams;
  const text = (key: string) => (typeof params[key] === "string" ? params[key] : "");
  const filters = { actor: text("actor"), action: text("action"), envId: text("envId"), outcome: text("outcome") };
  const outcome: AuditOutcome | undefined = filters.outcome === "success" || filters.outcome === "failure" ? filters.outcome : undefined;
  const before = text("before");
  const [events, environments, actions] = await Promise.all([
    listAuditEvents({ ...filters, actor: filters.actor || undefined, action: filters.action || undefined, envId: filters.envId || undefined, outcome, before: before || undefined, limit: pageSize }),
    listEnvironments(),
    listAuditedActionNames(),
  ]);
  const olderHref = events.length === pageSize ? `/audit?${new URLSearchParams({ ...withoutEmpty(filters), before: events.at(-1)!.at })}` : null;

  return (
    <>
      <PageHeader title="Audit log" description="Every change made through Archway, who made it, and what AWS answered. Newest first." />
      <div className="flex flex-col gap-4">
        <AuditFilters key={JSON.stringify(filters)} values={filters} environments={environments} actions={actions} />
        {events.length > 0 ? (
          <AuditTable events={events} environmentNames={new Map(environments.map((environment) => [environment.id, environment.name]))} />
        ) : (
          <EmptyState icon={<ScrollText aria-hidden />} title={Object.values(filters).some(Boolean) || before ? "No events match these filters" : "Nothing recorded yet"}>
            Creating, renaming or deleting an API, and changes to users and environments, appear here.
          </EmptyState>
        )}
        <nav aria-label="Audit pages" className="flex justify-end gap-2">
          {before ? (
            <Button asChild>
              <Link href={`/audit?${new URLSearchParams(withoutEmpty(filters))}`}>Newest events</Link>
            </Button>
          ) : null}
          {olderHref ? (
            <Button asChild>
              <Link href={olderHref}>Older events</Link>
            </Button>
          ) : null}
        </nav>
      </div>
    </>
  );
}

function withoutEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
}
