"use client";

import { useId } from "react";

type CheckboxFieldProps = { label: string; description?: string; checked: boolean; onCheckedChange: (checked: boolean) => void; disabled?: boolean };

/** A native checkbox with its label and an explanation beneath. */
export function CheckboxField({ label, description, checked, onCheckedChange, disabled }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2.5">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-describedby={description ? `${id}-description` : undefined}
        className="mt-0.5 size-4 accent-(--accent)"
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="text-[13px] font-medium">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-xs text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
