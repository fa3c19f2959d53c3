"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { appendSnippet, vtlSnippets } from "@/lib/domain/vtl-snippets";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";
import { CodeEditor } from "@/components/ui/code-editor";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type MappingTemplatesProps = {
  /** e.g. "Request template" or "Response 200 template". */
  label: string;
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  readOnly: boolean;
};

/** Mapping templates per content type; the code editor loads only when a template is opened. */
export function MappingTemplates({ label, value, onChange, readOnly }: MappingTemplatesProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [newType, setNewType] = useState("");
  const contentTypes = Object.keys(value);
  const add = () => {
    const type = newType.trim();
    if (!type || type in value) return;
    onChange({ ...value, [type]: "" });
    setOpen(type);
    setNewType("");
  };
  return (
    <div className="flex flex-col gap-2">
      {contentTypes.length === 0 ? <p className="text-[13px] text-muted-foreground">No mapping templates.</p> : null}
      <ul className="flex flex-wrap gap-1.5" aria-label={`${label}s`}>
        {contentTypes.map((type) => (
          <li key={type} className="flex items-center">
            <Button size="sm" variant={open === type ? "primary" : "secondary"} aria-expanded={open === type} aria-label={`${label} ${type}`} className={cn("font-mono")} onClick={() => setOpen(open === type ? null : type)}>
              {type}
              <span className="font-sans font-normal opacity-75">{value[type] ? `${value[type].split("\n").length} line${value[type].split("\n").length === 1 ? "" : "s"}` : "empty"}</span>
            </Button>
          </li>
        ))}
      </ul>
      {open !== null && open in value ? (
        <div className="flex flex-col gap-2 rounded-md border border-border p-3">
          <div className="flex items-center justify-between gap-3">
            <span className="font-mono text-[13px]">{open}</span>
            {readOnly ? null : (
              <div className="flex items-center gap-2">
                <Select
                  aria-label="Insert a snippet"
                  value=""
                  placeholder="Insert snippet…"
                  className="w-52"
                  options={vtlSnippets.map((snippet) => ({ value: snippet.label, label: snippet.label, description: snippet.text.split("\n")[0] }))}
                  onValueChange={(chosen) => {
                    const snippet = vtlSnippets.find((candidate) => candidate.label === chosen);
                    if (snippet) onChange({ ...value, [open]: appendSnippet(value[open] ?? "", snippet.text) });
                  }}
                />
                <Button size="sm" variant="danger-outline" onClick={() => {
                  onChange(Object.fromEntries(Object.entries(value).filter(([type]) => type !== open)));
                  setOpen(null);
                }}>
                  <Trash2 aria-hidden /> Remove
                </Button>
              </div>
            )}
          </div>
          <CodeEditor language="vtl" ariaLabel={`${label} ${open}`} value={value[open] ?? ""} readOnly={readOnly} minHeight="9rem" onChange={(text) => onChange({ ...value, [open]: text })} />
        </div>
      ) : null}
      {readOnly ? null : (
        <div className="flex max-w-md items-center gap-2">
          <Input aria-label={`New ${label.toLowerCase()} content type`} placeholder="application/json" value={newType} className="font-mono" onChange={(event) => setNewType(event.target.value)} onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }} />
          <Button size="sm" onClick={add} disabled={!newType.trim() || newType.trim() in value}>
            <Plus aria-hidden /> Add template
          </Button>
        </div>
      )}
    </div>
  );
}
