"use client";

import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type AuditFilterValues = { actor: string; action: string; envId: string; outcome: string };

type AuditFiltersProps = { values: AuditFilterValues; environments: ReadonlyArray<{ id: string; name: string }>; actions: readonly string[] };

const any = "any";

/** Filters live in the URL, so a filtered view can be shared; Apply (or Enter) navigates. */
export function AuditFilters({ values, environments, actions }: AuditFiltersProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [draft, setDraft] = useState(values);
  const apply = (next: AuditFilterValues) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value && value !== any) params.set(key, value);
    const search = params.toString();
    router.push(search ? `${pathname}?${search}` : pathname);
  };
  const choose = (key: keyof AuditFilterValues) => (value: string) => {
    const next = { ...draft, [key]: value === any ? "" : value };
    setDraft(next);
    apply(next);
  };
  const active = Object.values(values).some(Boolean);

  return (
    <form
      role="search"
      aria-label="Filter audit events"
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <Field label="Actor email" className="w-56">
        {(control) => <Input {...control} type="search" value={draft.actor} onChange={(event) => setDraft({ ...draft, actor: event.target.value })} placeholder="someone@example.com" />}
      </Field>
      <Field label="Action" className="w-48">
        {(control) => <Select {...control} value={draft.action || any} onValueChange={choose("action")} options={[{ value: any, label: "Any action" }, ...actions.map((action) => ({ value: action, label: action }))]} />}
      </Field>
      <Field label="Environment" className="w-44">
        {(control) => (
          <Select {...control} value={draft.envId || any} onValueChange={choose("envId")} options={[{ value: any, label: "Any environment" }, ...environments.map((environment) => ({ value: environment.id, label: environment.name }))]} />
        )}
      </Field>
      <Field label="Outcome" className="w-40">
        {(control) => (
          <Select
            {...control}
            value={draft.outcome || any}
            onValueChange={choose("outcome")}
            options={[
              { value: any, label: "Any outcome" },
              { value: "success", label: "Succeeded" },
              { value: "failure", label: "Failed" },
            ]}
          />
        )}
      </Field>
      <Button type="submit">Apply</Button>
      {active ? (
        <Button
          variant="ghost"
          onClick={() => {
            const cleared = { actor: "", action: "", envId: "", outcome: "" };
            setDraft(cleared);
            apply(cleared);
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
