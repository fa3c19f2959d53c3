"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import type { UsagePlanSummary } from "@/lib/domain/usage-plan";
import { useDeleteUsagePlanMutation } from "@/lib/data/usage-plans/delete-usage-plan-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";

/** Deletes the plan after its name is typed; AWS refuses while it has API stages, and the dialog says so first. */
export function DeleteUsagePlanButton({ envId, plan, keyCount }: { envId: string; plan: UsagePlanSummary; keyCount: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const mutation = useDeleteUsagePlanMutation(() => {
    toast.success(`Usage plan ${plan.name} deleted`);
    router.push(`/env/${envId}/usage-plans`);
  });
  const consequences =
    plan.apiStages.length > 0
      ? `AWS refuses to delete a usage plan that still has API stages: remove its ${plan.apiStages.length === 1 ? "stage" : `${plan.apiStages.length} stages`} on the API stages tab first.`
      : `Its ${keyCount === 1 ? "API key leaves" : `${keyCount} API keys leave`} the plan (the keys themselves stay) and its usage records are gone.`;
  return (
    <>
      <Button variant="danger-outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete
      </Button>
      <ConfirmDeleteDialog
        open={open}
        onOpenChange={(next) => (setOpen(next), next ? null : mutation.reset())}
        kind="usage plan"
        name={plan.name}
        consequences={consequences}
        pending={mutation.isPending}
        error={mutation.error?.message ?? null}
        onConfirm={(confirmName) => mutation.mutate({ envId, usagePlanId: plan.id, confirmName })}
      />
    </>
  );
}
