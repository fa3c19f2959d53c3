"use client";

import { RotateCcw, SlidersHorizontal } from "lucide-react";
import type { LoggingOverride, LoggingValues, MethodRef, StageLoggingForm } from "@/lib/domain/stage-logging";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { loggingLevelLabel, loggingLevelOptions } from "./logging-level-labels";

type MethodLoggingTableProps = {
  methods: readonly MethodRef[];
  form: StageLoggingForm;
  onOverridesChange: (overrides: LoggingOverride[]) => void;
  canEdit: boolean;
};

const same = (a: MethodRef, b: MethodRef) => a.resourcePath === b.resourcePath && a.httpMethod === b.httpMethod;
const nameOf = (method: MethodRef) => `${method.httpMethod} ${method.resourcePath}`;

/** Every method with the logging that applies to it; an override replaces the stage default for that method only. */
export function MethodLoggingTable({ methods, form, onOverridesChange, canEdit }: MethodLoggingTableProps) {
  // Entries for methods no longer in the working copy are still what AWS holds, so they are listed too.
  const orphans = form.overrides.filter((override) => !methods.some((method) => same(method, override)));
  const rows = [...methods, ...orphans];
  const overrideOf = (method: MethodRef) => form.overrides.find((override) => same(override, method));
  const setValues = (method: MethodRef, values: LoggingValues) =>
    onOverridesChange(overrideOf(method) ? form.overrides.map((o) => (same(o, method) ? { ...o, values } : o)) : [...form.overrides, { resourcePath: method.resourcePath, httpMethod: method.httpMethod, values }]);
  const remove = (method: MethodRef) => onOverridesChange(form.overrides.filter((o) => !same(o, method)));
  if (rows.length === 0) return <p className="px-4 py-3 text-[13px] text-muted-foreground">The API has no methods yet.</p>;
  return (
    <Table label="Per-method logging">
      <TableHeader>
        <TableRow>
          <TableHead>Method</TableHead>
          <TableHead>Execution log</TableHead>
          <TableHead>Data trace</TableHead>
          <TableHead>Detailed metrics</TableHead>
          <TableHead>Source</TableHead>
          {canEdit ? <TableHead className="w-40"><span className="sr-only">Actions</span></TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((method) => {
          const override = overrideOf(method);
          const values = override?.values ?? form.defaults;
          const name = nameOf(method);
          const editable = canEdit && Boolean(override);
          return (
            <TableRow key={name}>
              <TableCell className="font-mono text-xs">
                {name}
                {orphans.includes(method as LoggingOverride) ? <span className="ml-2 font-sans text-muted-foreground">(not in the working copy)</span> : null}
              </TableCell>
              <TableCell>
                {editable ? (
                  <Select aria-label={`Execution log for ${name}`} value={values.loggingLevel} onValueChange={(level) => setValues(method, { ...values, loggingLevel: level as LoggingValues["loggingLevel"] })} options={loggingLevelOptions} className="h-7 w-36" />
                ) : (
                  <span className={override ? undefined : "text-muted-foreground"}>{loggingLevelLabel(values.loggingLevel)}</span>
                )}
              </TableCell>
              <TableCell>
                <ToggleCell label={`Data trace for ${name}`} checked={values.dataTraceEnabled} editable={editable} inherited={!override} onChange={(checked) => setValues(method, { ...values, dataTraceEnabled: checked })} />
              </TableCell>
              <TableCell>
                <ToggleCell label={`Detailed metrics for ${name}`} checked={values.metricsEnabled} editable={editable} inherited={!override} onChange={(checked) => setValues(method, { ...values, metricsEnabled: checked })} />
              </TableCell>
              <TableCell>{override ? <Badge tone="accent">Override</Badge> : <span className="text-xs text-muted-foreground">Stage default</span>}</TableCell>
              {canEdit ? (
                <TableCell className="text-right">
                  {override ? (
                    <Button size="sm" variant="ghost" aria-label={`Use stage default for ${name}`} onClick={() => remove(method)}>
                      <RotateCcw aria-hidden /> Use default
                    </Button>
                  ) : (
                    <Button size="sm" variant="ghost" aria-label={`Override ${name}`} onClick={() => setValues(method, form.defaults)}>
                      <SlidersHorizontal aria-hidden /> Override
                    </Button>
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function ToggleCell({ label, checked, editable, inherited, onChange }: { label: string; checked: boolean; editable: boolean; inherited: boolean; onChange: (checked: boolean) => void }) {
  if (!editable) return <span className={inherited ? "text-muted-foreground" : undefined}>{checked ? "On" : "Off"}</span>;
  return <input type="checkbox" aria-label={label} checked={checked} onChange={(event) => onChange(event.target.checked)} className="size-4 accent-(--accent)" />;
}
