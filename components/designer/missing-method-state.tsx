import Link from "next/link";
import { ArrowLeft, Route } from "lucide-react";
import type { MethodPageData } from "@/lib/domain/method-definition";
import { EmptyState } from "@/components/ui/empty-state";
import { AddMethodDialog } from "./add-method-dialog";

type MissingMethodStateProps = { envId: string; restApiId: string; httpMethod: string; data: MethodPageData; canEdit: boolean };

/** A link to a method the resource does not have (deleted, or not added yet): say so, and offer to add one. */
export function MissingMethodState({ envId, restApiId, httpMethod, data, canEdit }: MissingMethodStateProps) {
  return (
    <EmptyState
      icon={<Route aria-hidden />}
      title={`${data.resourcePath} has no ${httpMethod} method`}
      actions={
        <>
          <Link href={`/env/${envId}/apis/${restApiId}/resources/${data.resourceId}`} className="inline-flex items-center gap-1 text-[13px] text-muted-foreground hover:text-foreground hover:underline">
            <ArrowLeft className="size-3.5" aria-hidden /> Resources
          </Link>
          {canEdit ? <AddMethodDialog envId={envId} restApiId={restApiId} resourceId={data.resourceId} resourcePath={data.resourcePath} existingMethods={data.existingMethods} /> : null}
        </>
      }
    >
      {data.existingMethods.length > 0 ? `It has ${data.existingMethods.join(", ")}.` : "It has no methods yet."} {canEdit ? "Add a method to start designing it." : null}
    </EmptyState>
  );
}
