"use client";

import { useEffect, useMemo, useState } from "react";
import { usePathname } from "next/navigation";
import { Search } from "lucide-react";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useRestApisQuery } from "@/lib/data/rest-apis/rest-apis-query";
import { ImportOpenApiTrigger, LazyImportOpenApiDialog } from "@/components/openapi/import-openapi-button";
import { CreateRestApiDialog } from "@/components/rest-apis/create-rest-api-dialog";
import { RestApiTable } from "@/components/rest-apis/rest-api-table";
import { RestApisEmptyState } from "@/components/rest-apis/rest-apis-empty-state";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";

type RestApisPageClientProps = {
  environment: EnvironmentSummary;
  initialApis: RestApiSummary[];
  canCreate: boolean;
  initialQuery: string;
};

export function RestApisPageClient({ environment, initialApis, canCreate, initialQuery }: RestApisPageClientProps) {
  const { data: apis = initialApis } = useRestApisQuery({ envId: environment.id }, { initialData: initialApis });
  const [query, setQuery] = useUrlQuery(initialQuery);
  // The dialog lives outside the buttons: the first import turns the empty state into the list, which remounts them.
  const [importOpen, setImportOpen] = useState(false);
  const visible = useMemo(() => filterApis(apis, query), [apis, query]);
  const createButton = canCreate ? (
    <>
      <ImportOpenApiTrigger existing={false} open={importOpen} onOpen={() => setImportOpen(true)} />
      <CreateRestApiDialog envId={environment.id} environmentName={environment.name} />
    </>
  ) : null;
  const count = apis.length === 0 ? "REST APIs" : apis.length === 1 ? "1 REST API" : `${apis.length} REST APIs`;

  return (
    <>
      <PageHeader title="APIs" description={`${count} in ${environment.name}`} actions={apis.length > 0 ? createButton : null} />
      {apis.length === 0 ? (
        <RestApisEmptyState environment={environment} canCreate={canCreate} createButton={createButton} />
      ) : (
        <div className="flex flex-col gap-3">
          <div className="relative w-80">
            <Search className="pointer-events-none absolute left-2.5 top-2 size-4 text-subtle-foreground" aria-hidden />
            <Input type="search" aria-label="Filter APIs by name, ID or description" placeholder="Filter by name, ID or description" value={query} onChange={(event) => setQuery(event.target.value)} className="pl-8" />
          </div>
          {visible.length > 0 ? (
            <RestApiTable envId={environment.id} apis={visible} />
          ) : (
            <EmptyState title={`No APIs match “${query}”`} actions={<Button onClick={() => setQuery("")}>Clear filter</Button>}>
              The filter looks at names, IDs and descriptions.
            </EmptyState>
          )}
        </div>
      )}
      {canCreate ? <LazyImportOpenApiDialog envId={environment.id} environmentName={environment.name} open={importOpen} onOpenChange={setImportOpen} /> : null}
    </>
  );
}

function filterApis(apis: readonly RestApiSummary[], query: string): RestApiSummary[] {
  const needle = query.trim().toLowerCase();
  const sorted = [...apis].sort((a, b) => a.name.localeCompare(b.name));
  if (!needle) return sorted;
  return sorted.filter((api) => [api.name, api.id, api.description ?? ""].some((text) => text.toLowerCase().includes(needle)));
}

/**
 * The filter lives in ?q= so a filtered list can be shared. Filtering happens here, so the URL is updated with
 * history.replaceState (Next keeps its router in step) instead of a navigation that would re-read AWS per keystroke.
 */
function useUrlQuery(initial: string): [string, (value: string) => void] {
  const [query, setQuery] = useState(initial);
  const pathname = usePathname();
  useEffect(() => {
    const search = query ? `?q=${encodeURIComponent(query)}` : "";
    if (window.location.search !== search) window.history.replaceState(null, "", `${pathname}${search}`);
  }, [query, pathname]);
  return [query, setQuery];
}
