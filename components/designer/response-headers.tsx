"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type Row = { name: string; required: boolean };
const prefix = "method.response.header.";

type ResponseHeadersProps = { statusCode: string; value: Record<string, boolean>; onChange: (next: Record<string, boolean>) => void; readOnly: boolean };

/** The headers a method response declares (only declared headers can be mapped by the integration response). */
export function ResponseHeaders({ statusCode, value, onChange, readOnly }: ResponseHeadersProps) {
  const [rows, setRows] = useState<Row[]>(() => Object.entries(value).map(([key, required]) => ({ name: key.slice(prefix.length), required })));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(Object.fromEntries(next.filter((row) => row.name.trim()).map((row) => [`${prefix}${row.name.trim()}`, row.required])));
  };
  return (
    <div className="flex flex-col gap-1.5">
      {rows.length === 0 ? <p className="text-[13px] text-muted-foreground">No headers.</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-2">
          <Input aria-label={`Response ${statusCode} header ${index + 1}`} value={row.name} placeholder="X-Request-Id" readOnly={readOnly} className="font-mono" onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, name: event.target.value } : r)))} />
          <label className="flex items-center gap-1.5 text-[13px]">
            <input type="checkbox" checked={row.required} disabled={readOnly} className="size-4 accent-(--accent)" onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, required: event.target.checked } : r)))} />
            Required
          </label>
          {readOnly ? <span /> : (
            <Button size="icon-sm" variant="ghost" aria-label={`Remove header ${row.name || index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
              <Trash2 aria-hidden />
            </Button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <div>
          <Button size="sm" variant="ghost" onClick={() => setRows([...rows, { name: "", required: false }])}>
            <Plus aria-hidden /> Add header
          </Button>
        </div>
      )}
    </div>
  );
}
