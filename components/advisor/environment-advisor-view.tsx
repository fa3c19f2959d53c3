"use client";

import { useMemo } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { advisorKeys } from "@/lib/data/advisor/keys";
import { useEnvironmentAdviceQueries } from "@/lib/data/advisor/environment-advice-queries";
import { severityCounts } from "@/lib/domain/advisor/api-advice";
import { adviceMatches, advisorFiltersQuery, pageOf, sortRows, type AdvisorFilters } from "@/lib/domain/advisor/environment-advice";
import { Button } from "@/components/ui/button";
import { AdvisorFilterBar } from "./advisor-filter-bar";
import { AdvisorProgress } from "./advisor-progress";
import { EnvironmentAdvisorTable } from "./environment-advisor-table";
import { SeverityCounts } from "./severity-badge";

type EnvironmentAdvisorViewProps = { envId: string; apis: { id: string; name: string }[]; filters: AdvisorFilters };

/** Every API's score and findings, filled in API by API; filters and page live in the URL. */
export function EnvironmentAdvisorView({ envId, apis, filters }: EnvironmentAdvisorViewProps) {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const { rows, checked, fetching } = useEnvironmentAdviceQueries(envId, apis);
  const filtering = Boolean(filters.severity || filters.category);
  // While filtering, an API shows once its read answers; unfiltered, every API has a row from the start.
  const visible = useMemo(
    () => sortRows(rows.filter((row) => !filtering || (row.advice !== null && adviceMatches(row.advice, filters))), filters.sort),
    [rows, filtering, filters],
  );
  const page = pageOf(visible, filters.page);
  const totals = severityCounts(rows.flatMap((row) => row.advice?.findings ?? []));
  const navigate = (next: Partial<AdvisorFilters>) => {
    const query = advisorFiltersQuery({ ...filters, page: 1, ...next });
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <AdvisorFilterBar filters={filters} onChange={navigate} />
        <div className="flex items-center gap-3">
          <AdvisorProgress checked={checked} total={apis.length} />
          <Button size="sm" pending={fetching && checked === apis.length} onClick={() => void queryClient.invalidateQueries({ queryKey: advisorKeys.all(envId) })}>
            Check again
          </Button>
        </div>
      </div>
      <div className="flex items-center gap-2 text-[13px]">
        <span className="text-muted-foreground">Open findings in {checked === apis.length ? "all" : "checked"} APIs:</span>
        <SeverityCounts counts={totals} />
      </div>
      <EnvironmentAdvisorTable envId={envId} rows={page.rows} filtering={filtering} allChecked={checked === apis.length} />
      {page.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-end gap-2 text-[13px]">
          <Button size="sm" disabled={page.page <= 1} onClick={() => navigate({ page: page.page - 1 })}>
            Previous
          </Button>
          <span className="tabular-nums text-muted-foreground">
            Page {page.page} of {page.pageCount} ({visible.length} APIs)
          </span>
          <Button size="sm" disabled={page.page >= page.pageCount} onClick={() => navigate({ page: page.page + 1 })}>
            Next
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
