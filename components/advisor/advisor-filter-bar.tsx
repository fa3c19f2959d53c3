"use client";

import { categoryLabels } from "@/lib/domain/advisor/api-advice";
import type { AdvisorFilters, AdvisorSort } from "@/lib/domain/advisor/environment-advice";
import { categoryOrder } from "@/lib/domain/advisor/evaluate";
import type { AdvisorCategory, AdvisorSeverity } from "@/lib/domain/advisor/types";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

const severityOptions = [
  { value: "all", label: "All severities" },
  { value: "high", label: "High" },
  { value: "medium", label: "Medium" },
  { value: "low", label: "Low" },
];
const sortOptions = [
  { value: "name", label: "Name" },
  { value: "score", label: "Lowest score first" },
];
const categoryOptions = [{ value: "all", label: "All categories" }, ...categoryOrder.map((category) => ({ value: category, label: categoryLabels[category] }))];

/** Severity and category filters ("all" clears one) and the row order. */
export function AdvisorFilterBar({ filters, onChange }: { filters: AdvisorFilters; onChange: (next: Partial<AdvisorFilters>) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="Severity" className="w-40">
        {(control) => (
          <Select {...control} value={filters.severity ?? "all"} options={severityOptions} onValueChange={(value) => onChange({ severity: value === "all" ? null : (value as AdvisorSeverity) })} />
        )}
      </Field>
      <Field label="Category" className="w-44">
        {(control) => (
          <Select {...control} value={filters.category ?? "all"} options={categoryOptions} onValueChange={(value) => onChange({ category: value === "all" ? null : (value as AdvisorCategory) })} />
        )}
      </Field>
      <Field label="Order" className="w-48">
        {(control) => <Select {...control} value={filters.sort} options={sortOptions} onValueChange={(value) => onChange({ sort: value as AdvisorSort })} />}
      </Field>
    </div>
  );
}
