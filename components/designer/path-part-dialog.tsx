"use client";

import { useState } from "react";
import { childPath, pathPartProblem, type PathPartPlacement } from "@/lib/domain/resource-path";
import type { ActionFailure } from "@/lib/data/action-failure";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";

type PathPartDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  submitLabel: string;
  initialValue: string;
  placement: PathPartPlacement;
  pending: boolean;
  /** AWS's or the server's refusal; a path part refusal shows beside the field. */
  failure: ActionFailure | null;
  onSubmit: (pathPart: string) => void;
};

/** Asks for one path part, checks AWS's rules before any call, and shows the path it will make. */
export function PathPartDialog({ open, onOpenChange, title, description, submitLabel, initialValue, placement, pending, failure, onSubmit }: PathPartDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [problem, setProblem] = useState<string | null>(null);
  const trimmed = value.trim();
  const fieldErrors = problem ? [problem] : failure?.fieldErrors.pathPart;
  const formError = problem || !failure ? null : formErrorOf({ code: failure.code, message: failure.message, fieldErrors: failure.fieldErrors });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setValue(initialValue);
          setProblem(null);
        }
        onOpenChange(next);
      }}
    >
      <DialogContent title={title} description={description} size="sm">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const found = pathPartProblem(trimmed, placement);
            setProblem(found);
            if (!found) onSubmit(trimmed);
          }}
        >
          <DialogBody>
            <FormAlert message={formError} />
            <Field
              label="Path part"
              errors={fieldErrors}
              hint={
                <>
                  A name (<code>pets</code>), a path parameter (<code>{"{petId}"}</code>) or a greedy parameter (<code>{"{proxy+}"}</code>) that matches every path
                  below it.
                </>
              }
            >
              {(control) => (
                <Input
                  {...control}
                  value={value}
                  onChange={(event) => {
                    setValue(event.target.value);
                    setProblem(null);
                  }}
                  className="font-mono"
                  autoComplete="off"
                  spellCheck={false}
                  autoFocus
                />
              )}
            </Field>
            <p className="text-xs text-muted-foreground">
              Path: <span className="font-mono text-foreground">{childPath(placement.parent.path, trimmed || "…")}</span>
            </p>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={pending}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
