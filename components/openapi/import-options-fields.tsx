"use client";

import type { BasePathMode } from "@/lib/domain/openapi-import-preview";
import type { EndpointType } from "@/lib/domain/rest-api";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Select } from "@/components/ui/select";
import { endpointTypeOptions } from "@/components/rest-apis/endpoint-type";

export type ImportOptions = { mode: "new" | "merge" | "overwrite"; endpointType: EndpointType; basePath: BasePathMode; failOnWarnings: boolean };

const basePathOptions = [
  { value: "ignore", label: "Ignore", description: "Paths are imported as written." },
  { value: "prepend", label: "Prepend", description: "The base path is put in front of every path." },
  { value: "split", label: "Split", description: "All but the base path's first segment is put in front." },
];

/** How to import: into a new API (endpoint type) or an existing one (merge or overwrite), base path, and warnings. */
export function ImportOptionsFields({ options, onChange, existing }: { options: ImportOptions; onChange: (options: ImportOptions) => void; existing: boolean }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {existing ? (
        <SegmentedControl
          label="Into this API"
          value={options.mode}
          onValueChange={(mode) => onChange({ ...options, mode })}
          options={[
            { value: "merge", label: "Merge" },
            { value: "overwrite", label: "Overwrite" },
          ]}
        />
      ) : (
        <Field label="Endpoint type">
          {(control) => <Select {...control} value={options.endpointType} onValueChange={(value) => onChange({ ...options, endpointType: value as EndpointType })} options={endpointTypeOptions} />}
        </Field>
      )}
      <Field label="Base path">
        {(control) => <Select {...control} value={options.basePath} onValueChange={(value) => onChange({ ...options, basePath: value as BasePathMode })} options={basePathOptions} />}
      </Field>
      <div className="sm:col-span-2">
        <CheckboxField
          label="Fail on warnings"
          description="Roll back the whole import if AWS reports any warning."
          checked={options.failOnWarnings}
          onCheckedChange={(failOnWarnings) => onChange({ ...options, failOnWarnings })}
        />
      </div>
    </div>
  );
}
