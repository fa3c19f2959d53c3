"use client";

import type { MethodFieldChange } from "@/lib/domain/method-changes";
import { describeChange } from "@/lib/domain/method-changes";
import { describeStep, type PlanStep } from "@/lib/domain/method-patch";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";

type SavePlanDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  changes: readonly MethodFieldChange[];
  plan: readonly PlanStep[];
  pending: boolean;
  onConfirm: () => void;
};

/** Before a save: what changes, and the AWS calls that will make it, in the order they will be sent. */
export function SavePlanDialog({ open, onOpenChange, title, changes, plan, pending, onConfirm }: SavePlanDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={title} description={`${plan.length} AWS call${plan.length === 1 ? "" : "s"}, sent in this order. If one fails, the ones before it stay applied and you can retry the rest.`} className="max-w-2xl">
        <DialogBody>
          <section aria-labelledby="plan-changes" className="flex flex-col gap-1.5">
            <h3 id="plan-changes" className="text-xs font-medium text-muted-foreground">Changes</h3>
            <ul className="flex flex-col gap-0.5 text-[13px]">
              {changes.map((change) => (
                <li key={change.field} className="break-words">{describeChange(change)}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="plan-calls" className="flex flex-col gap-1.5">
            <h3 id="plan-calls" className="text-xs font-medium text-muted-foreground">AWS calls</h3>
            <ol className="flex list-decimal flex-col gap-0.5 pl-5 font-mono text-[12px]" aria-label="AWS calls">
              {plan.map((step, index) => (
                <li key={index} className="break-all">{describeStep(step)}</li>
              ))}
            </ol>
          </section>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" pending={pending} onClick={onConfirm} autoFocus>
            Save ({plan.length} call{plan.length === 1 ? "" : "s"})
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
