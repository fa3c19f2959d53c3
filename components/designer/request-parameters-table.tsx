"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const locations = [
  { value: "path", label: "Path" },
  { value: "querystring", label: "Query string" },
  { value: "header", label: "Header" },
] as const;

type Row = { location: string; name: string; required: boolean };

function toRows(value: Record<string, boolean>): Row[] {
  return Object.entries(value).map(([key, required]) => {
    const [, , location = "querystring", ...name] = key.split(".");
    return { location, name: name.join("."), required };
  });
}

const toRecord = (rows: Row[]) => Object.fromEntries(rows.filter((row) => row.name.trim()).map((row) => [`method.request.${row.location}.${row.name.trim()}`, row.required]));

type RequestParametersTableProps = { value: Record<string, boolean>; onChange: (next: Record<string, boolean>) => void; readOnly: boolean };

/** The method's path, query string and header parameters, each required or not. */
export function RequestParametersTable({ value, onChange, readOnly }: RequestParametersTableProps) {
  const [rows, setRows] = useState(() => toRows(value));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(toRecord(next));
  };
  const set = (index: number, patch: Partial<Row>) => update(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="flex flex-col gap-1.5">
      {rows.length === 0 ? <p className="text-[13px] text-muted-foreground">No request parameters.</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[9rem_minmax(0,1fr)_auto_auto] items-center gap-2">
          <Select aria-label={`Parameter ${index + 1} location`} value={row.location} options={locations} disabled={readOnly} onValueChange={(location) => set(index, { location })} />
          <Input aria-label={`Parameter ${index + 1} name`} value={row.name} placeholder="name" readOnly={readOnly} className="font-mono" onChange={(event) => set(index, { name: event.target.value })} />
          <label className="flex items-center gap-1.5 text-[13px]">
            <input type="checkbox" checked={row.required} disabled={readOnly} onChange={(event) => set(index, { required: event.target.checked })} className="size-4 accent-(--accent)" />
            Required
          </label>
          {readOnly ? <span /> : (
            <Button size="icon-sm" variant="ghost" aria-label={`Remove parameter ${row.name || index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
              <Trash2 aria-hidden />
            </Button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <div>
          <Button size="sm" variant="ghost" onClick={() => setRows([...rows, { location: "querystring", name: "", required: false }])}>
            <Plus aria-hidden /> Add parameter
          </Button>
        </div>
      )}
    </div>
  );
}
