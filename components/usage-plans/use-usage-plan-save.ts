"use client";

import { useMemo } from "react";
import type { UsagePlanSummary } from "@/lib/domain/usage-plan";
import { usagePlanPatchOperations, type UsagePlanDraft } from "@/lib/domain/usage-plan-patch";
import { useUpdateUsagePlanMutation } from "@/lib/data/usage-plans/update-usage-plan-mutation";
import { toast } from "@/components/ui/toaster";

/**
 * The operations that turn the plan into the draft, and a save that sends exactly those. Field errors come back
 * keyed "plan.quota.limit"; they are returned without the "plan." prefix, as the form names its fields.
 */
export function useUsagePlanSave(envId: string, plan: UsagePlanSummary, draft: UsagePlanDraft | null, onSaved?: () => void) {
  const operations = useMemo(() => (draft ? usagePlanPatchOperations(plan, draft) : []), [plan, draft]);
  const mutation = useUpdateUsagePlanMutation((saved) => {
    toast.success(`Usage plan ${saved.name} updated`);
    onSaved?.();
  });
  const fieldErrors = Object.fromEntries(Object.entries(mutation.error?.fieldErrors ?? {}).map(([field, messages]) => [field.replace(/^plan\./, ""), messages]));
  const formError = mutation.error && Object.keys(fieldErrors).length === 0 ? mutation.error.message : null;
  const save = () => {
    if (draft && operations.length > 0) mutation.mutate({ envId, usagePlanId: plan.id, plan: draft, reviewed: operations });
  };
  return { operations, save, pending: mutation.isPending, fieldErrors, formError, reset: mutation.reset };
}
