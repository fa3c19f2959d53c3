import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { AddMethodDialog } from "./add-method-dialog";
import { DeleteMethodButton } from "./delete-method-button";

type MethodEditorHeaderProps = { envId: string; restApiId: string; resourceId: string; resourcePath: string; httpMethod: string; existingMethods: string[]; canEdit: boolean };

/** The method and its resource path, a way back to the resource, and (for editors) add and delete. */
export function MethodEditorHeader({ envId, restApiId, resourceId, resourcePath, httpMethod, existingMethods, canEdit }: MethodEditorHeaderProps) {
  const resourceHref = `/env/${envId}/apis/${restApiId}/resources/${resourceId}`;
  return (
    <div className="mb-4 flex items-center justify-between gap-4">
      <div className="flex min-w-0 flex-col gap-1">
        <Link href={resourceHref} className="inline-flex items-center gap-1 text-xs text-muted-foreground hover:text-foreground hover:underline">
          <ArrowLeft className="size-3.5" aria-hidden /> Resources
        </Link>
        <h2 className="flex items-center gap-2 text-[15px] font-semibold">
          <Badge tone="accent" className="font-mono text-[13px]">{httpMethod}</Badge>
          <span className="truncate font-mono">{resourcePath}</span>
        </h2>
      </div>
      {canEdit ? (
        <div className="flex shrink-0 items-center gap-2">
          <AddMethodDialog envId={envId} restApiId={restApiId} resourceId={resourceId} resourcePath={resourcePath} existingMethods={existingMethods} />
          <DeleteMethodButton envId={envId} restApiId={restApiId} resourceId={resourceId} resourcePath={resourcePath} httpMethod={httpMethod} afterDeleteHref={resourceHref} />
        </div>
      ) : null}
    </div>
  );
}
