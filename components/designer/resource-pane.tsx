"use client";

import type { ReactNode } from "react";
import type { ApiResource } from "@/lib/domain/api-resource";
import type { ResourceNode } from "@/lib/domain/resource-tree";
import { CorsConfiguratorButton } from "@/components/cors/cors-configurator-dialog";
import { CreateResourceButton } from "./create-resource-button";
import { DeleteResourceButton, subtreeSummary } from "./delete-resource-button";
import { RenameResourceButton } from "./rename-resource-button";
import { ResourceMethodsTable } from "./resource-methods-table";

export type ResourcePaneProps = {
  envId: string;
  restApiId: string;
  node: ResourceNode;
  canEdit: boolean;
  onOpen: (resourceId: string) => void;
  /**
   * Slot for method actions beside the Methods heading, shown to editors only. The lead renders the
   * designer-method branch's AddMethodDialog here at merge time: `methodActions={(resource) => <AddMethodDialog ... />}`.
   */
  methodActions?: (resource: ApiResource) => ReactNode;
  /** Shown instead of "no methods" when the whole API is empty; it carries its own "Add child resource". */
  emptyApiState?: ReactNode;
};

/** The selected resource: its path and id, its methods, and (for editors) add child, rename and delete. */
export function ResourcePane({ envId, restApiId, node, canEdit, onOpen, methodActions, emptyApiState }: ResourcePaneProps) {
  const { resource } = node;
  const base = `/env/${envId}/apis/${restApiId}/resources/${resource.id}`;
  return (
    <section aria-labelledby="resource-heading" className="flex min-w-0 flex-col gap-5">
      <header className="flex flex-col gap-1.5">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
          <h2 id="resource-heading" className="min-w-0 truncate font-mono text-[15px] font-semibold">
            {resource.path}
          </h2>
          {canEdit && !emptyApiState ? (
            <div className="flex flex-wrap items-center gap-2">
              <CreateResourceButton envId={envId} restApiId={restApiId} parent={node} onCreated={(created) => onOpen(created.id)} />
              <RenameResourceButton key={`rename-${resource.id}`} envId={envId} restApiId={restApiId} node={node} />
              <DeleteResourceButton key={`delete-${resource.id}`} envId={envId} restApiId={restApiId} node={node} onDeleted={(parentId) => parentId && onOpen(parentId)} />
            </div>
          ) : null}
        </div>
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
          <div className="flex gap-1">
            <dt>Resource ID</dt>
            <dd className="font-mono text-foreground">{resource.id}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Subtree</dt>
            <dd className="text-foreground">{subtreeSummary(node).replace(" and ", ", ")}</dd>
          </div>
        </dl>
      </header>
      <div className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-3">
          <h3 className="text-[13px] font-semibold">Methods</h3>
          <div className="flex items-center gap-2">
            {resource.methods.length > 0 ? <CorsConfiguratorButton envId={envId} restApiId={restApiId} scope={{ kind: "resource", resourceId: resource.id, path: resource.path }} canEdit={canEdit} /> : null}
            {canEdit && methodActions ? methodActions(resource) : null}
          </div>
        </div>
        {resource.methods.length > 0 ? (
          <ResourceMethodsTable resource={resource} methodHref={(verb) => `${base}/methods/${verb}`} />
        ) : emptyApiState ? (
          emptyApiState
        ) : (
          <p className="rounded-lg border border-dashed border-border-strong px-4 py-6 text-center text-[13px] text-muted-foreground">
            {resource.path} has no methods yet{canEdit ? "; add one to make it callable." : "."}
          </p>
        )}
      </div>
      {!canEdit ? <p className="text-xs text-muted-foreground">You can view this API&apos;s resources. Changing them needs the editor role.</p> : null}
    </section>
  );
}
