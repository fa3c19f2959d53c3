"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type Row = { key: string; value: string };

type StringMapRowsProps = {
  /** Names the rows for screen readers, e.g. "Header mapping". */
  label: string;
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  keyLabel: string;
  valueLabel: string;
  keyPlaceholder: string;
  valuePlaceholder: string;
  readOnly: boolean;
  emptyText: string;
  /** The add button's text, e.g. "Add header mapping". */
  addLabel: string;
};

const toRows = (value: Record<string, string>): Row[] => Object.entries(value).map(([key, entry]) => ({ key, value: entry }));
const toRecord = (rows: Row[]) => Object.fromEntries(rows.filter((row) => row.key.trim() !== "").map((row) => [row.key.trim(), row.value]));

/** Editable key -> value rows (parameter and header mappings); a row with an empty key is kept on screen but not saved. */
export function StringMapRows({ label, value, onChange, keyLabel, valueLabel, keyPlaceholder, valuePlaceholder, readOnly, emptyText, addLabel }: StringMapRowsProps) {
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(toRecord(next));
  };
  if (readOnly && rows.length === 0) return <p className="text-[13px] text-muted-foreground">{emptyText}</p>;
  return (
    <div className="flex flex-col gap-1.5">
      {rows.length === 0 ? <p className="text-[13px] text-muted-foreground">{emptyText}</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-center gap-2">
          <Input aria-label={`${label} ${index + 1} ${keyLabel}`} value={row.key} placeholder={keyPlaceholder} readOnly={readOnly} className="font-mono" onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, key: event.target.value } : r)))} />
          <Input aria-label={`${label} ${index + 1} ${valueLabel}`} value={row.value} placeholder={valuePlaceholder} readOnly={readOnly} className="font-mono" onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))} />
          {readOnly ? null : (
            <Button size="icon-sm" variant="ghost" aria-label={`Remove ${label.toLowerCase()} ${row.key || index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
              <Trash2 aria-hidden />
            </Button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <div>
          <Button size="sm" variant="ghost" onClick={() => setRows([...rows, { key: "", value: "" }])}>
            <Plus aria-hidden /> {addLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
