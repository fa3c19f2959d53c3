"use client";

import { useId } from "react";
import { cn } from "./class-names";

type SegmentedControlProps<T extends string> = {
  /** The group's accessible name (also shown as its legend). */
  label: string;
  value: T;
  onValueChange: (value: T) => void;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  className?: string;
};

/** A small set of mutually exclusive choices shown side by side: native radio buttons, so arrows and Tab work as usual. */
export function SegmentedControl<T extends string>({ label, value, onValueChange, options, className }: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className={cn("min-w-0", className)}>
      {/* A legend is not a flex item, so its spacing is its own margin; it lines up with Field labels beside it. */}
      <legend className="mb-1.5 text-[13px] font-medium text-foreground">{label}</legend>
      <div className="inline-flex w-fit rounded-md border border-border-strong bg-surface p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "cursor-pointer rounded px-2.5 py-1 text-[13px] text-muted-foreground has-checked:bg-surface-raised has-checked:text-foreground has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-ring has-disabled:cursor-not-allowed has-disabled:opacity-50",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onValueChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
