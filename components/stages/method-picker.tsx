"use client";

import { Select } from "@/components/ui/select";
import { methodLabel, type StageMethod } from "@/lib/domain/stage-method-overrides";

type MethodPickerProps = { id?: string; methods: StageMethod[]; value: string; onValueChange: (value: string) => void; placeholder?: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A select over the API's methods; the value is the method's label ("GET /pets"). */
export function MethodPicker({ methods, placeholder = "Choose a method", ...props }: MethodPickerProps) {
  return <Select options={methods.map((method) => ({ value: methodLabel(method), label: methodLabel(method) }))} placeholder={placeholder} className="font-mono" {...props} />;
}
