"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { NamedChoice } from "@/lib/domain/method-definition";

type Row = { contentType: string; model: string };

type ContentTypeModelsProps = {
  /** e.g. "Request model" or "Response 200 model". */
  label: string;
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  models: readonly NamedChoice[];
  readOnly: boolean;
};

/** A model per content type (request models, method response models), picked from the API's models. */
export function ContentTypeModels({ label, value, onChange, models, readOnly }: ContentTypeModelsProps) {
  const [rows, setRows] = useState<Row[]>(() => Object.entries(value).map(([contentType, model]) => ({ contentType, model })));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(Object.fromEntries(next.filter((row) => row.contentType.trim() && row.model).map((row) => [row.contentType.trim(), row.model])));
  };
  const options = models.map((model) => ({ value: model.name, label: model.name }));
  return (
    <div className="flex flex-col gap-1.5">
      {rows.length === 0 ? <p className="text-[13px] text-muted-foreground">No models.</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-center gap-2">
          <Input aria-label={`${label} ${index + 1} content type`} value={row.contentType} readOnly={readOnly} className="font-mono" onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, contentType: event.target.value } : r)))} />
          <Select aria-label={`${label} ${index + 1} model`} value={row.model} placeholder="Choose a model" options={options} disabled={readOnly} onValueChange={(model) => update(rows.map((r, i) => (i === index ? { ...r, model } : r)))} />
          {readOnly ? <span /> : (
            <Button size="icon-sm" variant="ghost" aria-label={`Remove ${label.toLowerCase()} ${row.contentType || index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
              <Trash2 aria-hidden />
            </Button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <div>
          <Button size="sm" variant="ghost" aria-label={`Add ${label.toLowerCase()}`} onClick={() => setRows([...rows, { contentType: "application/json", model: "" }])}>
            <Plus aria-hidden /> Add model
          </Button>
        </div>
      )}
    </div>
  );
}
