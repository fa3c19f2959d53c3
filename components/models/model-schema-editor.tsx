"use client";

import { useState } from "react";
import { Wand2 } from "lucide-react";
import { modelFromSample, parseSample } from "@/lib/domain/model-from-sample";
import { referencedModelNames } from "@/lib/domain/model";
import { checkModelSchema } from "@/lib/domain/model-schema-check";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CodeEditor } from "@/components/ui/code-editor";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type ModelSchemaEditorProps = { value: string; onChange: (schema: string) => void; knownModels: readonly string[]; readOnly: boolean; serverErrors?: string[]; title: string };

/** The draft 4 schema editor: validates as you type, lists the models it refers to, and can start from a sample body. */
export function ModelSchemaEditor({ value, onChange, knownModels, readOnly, serverErrors, title }: ModelSchemaEditorProps) {
  const [sample, setSample] = useState("");
  const [sampleError, setSampleError] = useState<string | null>(null);
  const check = checkModelSchema(value);
  const references = referencedModelNames(value);
  const generate = () => {
    const parsed = parseSample(sample);
    if (!parsed.ok) return setSampleError(parsed.message);
    setSampleError(null);
    onChange(JSON.stringify(modelFromSample(parsed.value, title || undefined), null, 2));
  };
  return (
    <div className="flex flex-col gap-3">
      {!readOnly ? (
        <details className="rounded-md border border-border px-3 py-2">
          <summary className="cursor-pointer text-[13px] font-medium">Generate from a sample JSON body</summary>
          <div className="mt-2 flex flex-col gap-2">
            <Field label="Sample body" errors={sampleError ? [sampleError] : undefined}>
              {(control) => <Textarea {...control} rows={4} className="font-mono" value={sample} onChange={(event) => setSample(event.target.value)} />}
            </Field>
            <div>
              <Button size="sm" onClick={generate}>
                <Wand2 aria-hidden /> Generate schema
              </Button>
            </div>
          </div>
        </details>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="model-schema">Schema (JSON Schema draft 4)</Label>
        <CodeEditor id="model-schema" language="json" ariaLabel="Schema" value={value} onChange={onChange} readOnly={readOnly} minHeight="12rem" />
        {serverErrors?.length ? (
          <p role="alert" className="text-xs font-medium text-danger">{serverErrors.join(" ")}</p>
        ) : value.trim() && !check.ok ? (
          <p role="alert" className="text-xs font-medium text-danger">{check.message}</p>
        ) : value.trim() ? (
          <p className="text-xs text-success">Valid draft 4 schema.</p>
        ) : null}
      </div>
      {references.length > 0 ? (
        <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
          Refers to
          {references.map((name) => (
            <Badge key={name} tone={knownModels.includes(name) ? "neutral" : "warning"} title={knownModels.includes(name) ? undefined : "No model of this name in the API"}>
              {name}
              {knownModels.includes(name) ? "" : " (missing)"}
            </Badge>
          ))}
        </p>
      ) : null}
    </div>
  );
}
