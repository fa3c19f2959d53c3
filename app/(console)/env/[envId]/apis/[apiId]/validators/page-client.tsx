"use client";

import type { MethodRef } from "@/lib/domain/api-design";
import type { RequestValidatorSummary } from "@/lib/domain/request-validator";
import { RequestValidatorsTable } from "@/components/request-validators/request-validators-table";

type ValidatorsPageClientProps = { envId: string; restApiId: string; validators: RequestValidatorSummary[]; usedBy: Record<string, MethodRef[]>; canEdit: boolean };

export function ValidatorsPageClient(props: ValidatorsPageClientProps) {
  return (
    <div className="flex flex-col gap-3">
      <RequestValidatorsTable {...props} />
      {!props.canEdit ? <p className="text-xs text-muted-foreground">You can view request validators. Changing them needs the editor role.</p> : null}
    </div>
  );
}
