"use client";

import { ShieldAlert } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A protected stage is changed only after its name is typed. */
export function TypedConfirmation({ stageName, value, onChange, errors }: { stageName: string; value: string; onChange: (value: string) => void; errors?: string[] }) {
  return (
    <div className="flex flex-col gap-2 rounded-md border border-warning/40 bg-warning-soft p-3">
      <p className="flex items-center gap-1.5 text-[13px]">
        <ShieldAlert className="size-4 text-warning" aria-hidden />
        Stage <span className="font-mono font-medium">{stageName}</span> is protected.
      </p>
      <Field label={`Type ${stageName} to confirm`} errors={errors}>
        {(control) => <Input {...control} value={value} onChange={(event) => onChange(event.target.value)} autoComplete="off" spellCheck={false} />}
      </Field>
    </div>
  );
}
