"use client";

import { useState } from "react";
import { EyeOff } from "lucide-react";
import { useDismissAdvisorFindingMutation } from "@/lib/data/advisor/dismiss-advisor-finding-mutation";
import type { Finding } from "@/lib/domain/advisor/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";

/** Dismissing needs a reason, kept with the dismissal and in the audit log; Restore undoes it. */
export function DismissFindingDialog({ envId, restApiId, finding }: { envId: string; restApiId: string; finding: Finding }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const dismiss = useDismissAdvisorFindingMutation(() => {
    toast.success(`Dismissed: ${finding.title}`);
    setOpen(false);
  });
  const fieldErrors = dismiss.error?.fieldErrors ?? {};
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) dismiss.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost" aria-label={`Dismiss: ${finding.title}`}>
          <EyeOff aria-hidden />
          Dismiss
        </Button>
      </DialogTrigger>
      <DialogContent title="Dismiss finding" description={finding.title} size="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            dismiss.mutate({ envId, restApiId, findingKey: finding.key, reason });
          }}
        >
          <DialogBody>
            <Field label="Reason" errors={fieldErrors.reason} hint="Why this does not apply here. Kept with the dismissal and in the audit log.">
              {(control) => <Textarea {...control} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />}
            </Field>
            <FormAlert message={dismiss.error && !fieldErrors.reason ? dismiss.error.message : null} />
          </DialogBody>
          <DialogFooter>
            <Button type="button" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" pending={dismiss.isPending}>
              Dismiss finding
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
