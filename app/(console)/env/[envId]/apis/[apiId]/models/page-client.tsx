"use client";

import type { MethodRef } from "@/lib/domain/api-design";
import type { ModelSummary } from "@/lib/domain/model";
import { ModelsTable } from "@/components/models/models-table";

type ModelsPageClientProps = { envId: string; restApiId: string; models: ModelSummary[]; usedBy: Record<string, MethodRef[]>; canEdit: boolean };

export function ModelsPageClient(props: ModelsPageClientProps) {
  return (
    <div className="flex flex-col gap-3">
      <ModelsTable {...props} />
      {!props.canEdit ? <p className="text-xs text-muted-foreground">You can view models. Changing them needs the editor role.</p> : null}
    </div>
  );
}
