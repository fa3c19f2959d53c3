"use client";

import { useId } from "react";
import { cn } from "./class-names";
import { Label } from "./label";

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FieldProps = {
  label: string;
  /** Messages from server-side validation, shown beside the control. */
  errors?: string[] | undefined;
  hint?: React.ReactNode;
  optional?: boolean;
  className?: string;
  /** Receives the id and ARIA wiring the control must spread. */
  children: (control: ControlProps) => React.ReactNode;
};

export function Field({ label, errors, hint, optional, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="ml-1 font-normal text-subtle-foreground">(optional)</span> : null}
      </Label>
      {children({ id, "aria-invalid": invalid ? true : undefined, "aria-describedby": describedBy })}
      {hint && !invalid ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className="text-xs font-medium text-danger" role="alert">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
