"use client";

import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import type { AdvisorFilters } from "@/lib/domain/advisor/environment-advice";
import { EnvironmentAdvisorView } from "@/components/advisor/environment-advisor-view";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type EnvironmentAdvisorPageClientProps = { envId: string; apis: { id: string; name: string }[]; filters: AdvisorFilters };

export function EnvironmentAdvisorPageClient({ envId, apis, filters }: EnvironmentAdvisorPageClientProps) {
  if (apis.length === 0) {
    return (
      <EmptyState icon={<ShieldCheck aria-hidden />} title="No APIs to check" actions={<Button asChild variant="primary"><Link href={`/env/${envId}/apis`}>Create or import an API</Link></Button>}>
        The advisor checks each REST API for throttling, security, error handling, CORS, caching, configuration, versioning, monitoring and
        cold-start mistakes, and offers a reviewed fix for each.
      </EmptyState>
    );
  }
  return <EnvironmentAdvisorView envId={envId} apis={apis} filters={filters} />;
}
