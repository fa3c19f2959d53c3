"use client";

import { useCallback, useMemo } from "react";
import { usePathname } from "next/navigation";
import { FolderTree } from "lucide-react";
import type { ApiResource } from "@/lib/domain/api-resource";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { buildResourceTree } from "@/lib/domain/resource-tree";
import { useResourcesQuery } from "@/lib/data/resources/resources-query";
import { AddMethodDialog } from "@/components/designer/add-method-dialog";
import { CreateResourceButton } from "@/components/designer/create-resource-button";
import { ResourcePane } from "@/components/designer/resource-pane";
import { ResourceTreePanel } from "@/components/designer/resource-tree-panel";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type ResourcesPageClientProps = { envId: string; api: RestApiSummary; initialResources: ApiResource[]; initialFilter: string; canEdit: boolean };

/** The designer: the tree on the left, the selected resource (from the URL) on the right. */
export function ResourcesPageClient({ envId, api, initialResources, initialFilter, canEdit }: ResourcesPageClientProps) {
  const { data: resources } = useResourcesQuery({ envId, restApiId: api.id }, initialResources);
  const tree = useMemo(() => buildResourceTree(resources), [resources]);
  const base = `/env/${envId}/apis/${api.id}/resources`;
  const pathname = usePathname();
  const selectedFromUrl = pathname.startsWith(`${base}/`) ? decodeURIComponent(pathname.slice(base.length + 1).split("/")[0]!) : null;
  const selectedId = selectedFromUrl ?? tree.roots[0]?.resource.id ?? null;
  const node = selectedId ? tree.byId.get(selectedId) : undefined;

  // The selection is a history entry of its own (the back button returns to the previous resource), without a server round trip.
  const open = useCallback((resourceId: string) => window.history.pushState(null, "", `${base}/${encodeURIComponent(resourceId)}${window.location.search}`), [base]);
  const root = tree.roots[0];
  const emptyApi = tree.byId.size === 1 && root !== undefined && root.resource.methods.length === 0;

  return (
    <div className="grid min-h-0 gap-5 md:grid-cols-[minmax(15rem,22rem)_minmax(0,1fr)]">
      <div className="h-[calc(100dvh-14rem)] min-h-80 overflow-hidden rounded-lg border border-border">
        <ResourceTreePanel tree={tree} selectedId={node ? selectedId : null} initialFilter={initialFilter} onOpen={open} />
      </div>
      <div className="flex min-w-0 flex-col gap-5">
        {node ? (
          <ResourcePane
            envId={envId}
            restApiId={api.id}
            node={node}
            canEdit={canEdit}
            onOpen={open}
            methodActions={(resource) => (
              <AddMethodDialog envId={envId} restApiId={api.id} resourceId={resource.id} resourcePath={resource.path} existingMethods={resource.methods.map((method) => method.httpMethod)} />
            )}
            emptyApiState={
              emptyApi ? (
                <EmptyState
                  icon={<FolderTree />}
                  title="This API has no resources yet"
                  actions={canEdit ? <CreateResourceButton envId={envId} restApiId={api.id} parent={node} onCreated={(created) => open(created.id)} variant="primary" /> : null}
                >
                  Every API starts with the root resource, /. Add resources under it, such as <span className="font-mono">pets</span> and then{" "}
                  <span className="font-mono">{"{petId}"}</span>, and methods on them.
                  {canEdit ? null : " Adding them needs the editor role."}
                </EmptyState>
              ) : null
            }
          />
        ) : (
          <EmptyState title="This resource does not exist" actions={root ? <Button onClick={() => open(root.resource.id)}>Show the root resource</Button> : null}>
            No resource of {api.name} has the id <span className="font-mono">{selectedId}</span>. It may have been deleted.
          </EmptyState>
        )}
      </div>
    </div>
  );
}
