"use client";

import { useState } from "react";
import { Button } from "./button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "./dialog";
import { Field } from "./field";
import { Input } from "./input";

type ConfirmDeleteDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What is destroyed, e.g. "REST API". */
  kind: string;
  /** The name the person must type to confirm. */
  name: string;
  /** What else goes with it, in plain words. */
  consequences: React.ReactNode;
  pending?: boolean;
  error?: string | null;
  onConfirm: (confirmName: string) => void;
};

export function ConfirmDeleteDialog({ open, onOpenChange, kind, name, consequences, pending, error, onConfirm }: ConfirmDeleteDialogProps) {
  const [typed, setTyped] = useState("");
  const matches = typed === name;
  const close = (next: boolean) => {
    if (!next) setTyped("");
    onOpenChange(next);
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent title={`Delete ${kind} “${name}”?`} size="sm">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) onConfirm(typed);
          }}
        >
          <DialogBody>
            <div className="text-[13px] text-muted-foreground">{consequences} This cannot be undone.</div>
            <Field label={`Type ${name} to confirm`} errors={error ? [error] : undefined}>
              {(control) => (
                <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} autoFocus />
              )}
            </Field>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button type="submit" variant="danger" disabled={!matches} pending={pending}>
              Delete {kind}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
