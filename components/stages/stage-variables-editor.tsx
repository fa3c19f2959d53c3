"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Plus, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { useUpdateStageVariablesMutation } from "@/lib/data/stages/update-stage-variables-mutation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { SaveBar } from "@/components/forms/save-bar";

type Row = { name: string; value: string };
type EditorProps = { envId: string; restApiId: string; stageName: string; variables: Record<string, string>; canEdit: boolean };

const rowsOf = (variables: Record<string, string>): Row[] => Object.entries(variables).map(([name, value]) => ({ name, value }));

function changesBetween(before: Record<string, string>, rows: Row[]): string[] {
  const after = new Map(rows.map((row) => [row.name, row.value]));
  const added = rows.filter((row) => !(row.name in before)).map((row) => `add ${row.name || "(unnamed)"}`);
  const changed = rows.filter((row) => row.name in before && before[row.name] !== row.value).map((row) => `change ${row.name}`);
  const removed = Object.keys(before).filter((name) => !after.has(name)).map((name) => `remove ${name}`);
  return [...added, ...changed, ...removed];
}

/** Name/value rows saved as one UpdateStage; server-side messages appear beside the row they concern. */
export function StageVariablesEditor({ envId, restApiId, stageName, variables, canEdit }: EditorProps) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(variables));
  const mutation = useUpdateStageVariablesMutation();
  const changes = changesBetween(variables, rows);
  const errors = mutation.error?.fieldErrors ?? {};
  const update = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate({ envId, restApiId, stageName, variables: rows }, { onSuccess: () => { toast.success(`Saved the variables of ${stageName}.`); router.refresh(); } });
  };
  if (!canEdit && rows.length === 0) return <p className="text-[13px] text-muted-foreground">This stage has no variables.</p>;
  return (
    <form onSubmit={save} className="rounded-lg border border-border">
      <div className="flex flex-col gap-2 p-4">
        {rows.length === 0 ? <p className="text-[13px] text-muted-foreground">No variables yet.</p> : null}
        {rows.map((row, index) => (
          <div key={index} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <Input aria-label={`Variable ${index + 1} name`} value={row.name} readOnly={!canEdit} onChange={(e) => update(index, { name: e.target.value })} className="w-56 font-mono" aria-invalid={errors[`variables.${index}.name`] ? true : undefined} />
              <Input aria-label={`Variable ${index + 1} value`} value={row.value} readOnly={!canEdit} onChange={(e) => update(index, { value: e.target.value })} className="font-mono" aria-invalid={errors[`variables.${index}.value`] ? true : undefined} />
              {canEdit ? (
                <Button variant="ghost" size="icon" aria-label={`Remove variable ${row.name || index + 1}`} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                  <Trash2 aria-hidden />
                </Button>
              ) : null}
            </div>
            {[...(errors[`variables.${index}.name`] ?? []), ...(errors[`variables.${index}.value`] ?? [])].map((message) => (
              <p key={message} role="alert" className="text-xs font-medium text-danger">{message}</p>
            ))}
          </div>
        ))}
        {canEdit ? (
          <Button size="sm" className="self-start" onClick={() => setRows((current) => [...current, { name: "", value: "" }])}>
            <Plus aria-hidden /> Add variable
          </Button>
        ) : null}
        <FormAlert message={mutation.error && Object.keys(errors).every((key) => !key.startsWith("variables.")) ? mutation.error.message : null} />
      </div>
      {canEdit ? <SaveBar changes={changes} pending={mutation.isPending} onDiscard={() => setRows(rowsOf(variables))} /> : null}
    </form>
  );
}
