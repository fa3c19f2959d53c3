"use client";

import { useId, useState } from "react";
import { Upload } from "lucide-react";
import { maxOpenApiBytes } from "@/lib/domain/openapi-source";
import { CodeEditor } from "@/components/ui/code-editor";

type ImportSourceFieldsProps = { document: string; onDocumentChange: (document: string) => void; errors?: string[] };

/** The document to import: a JSON or YAML file, or text pasted into the editor (an upload fills the editor). */
export function ImportSourceFields({ document, onDocumentChange, errors }: ImportSourceFieldsProps) {
  const fileId = useId();
  const [fileNote, setFileNote] = useState<string | null>(null);
  const language = document.trimStart().startsWith("{") ? "json" : "yaml";
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-3">
        <span className="text-[13px] font-medium">OpenAPI 3 or Swagger 2 document, JSON or YAML</span>
        <label htmlFor={fileId} className="inline-flex h-7 cursor-pointer items-center gap-1.5 rounded-md border border-border-strong bg-surface-raised px-2.5 text-[13px] font-medium hover:bg-hover has-focus-visible:outline-2 has-focus-visible:outline-ring">
          <Upload className="size-4" aria-hidden />
          Upload file…
          <input
            id={fileId}
            type="file"
            accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
            className="sr-only"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (!file) return;
              if (file.size > maxOpenApiBytes) return setFileNote(`${file.name} is larger than 6 MB, AWS's limit for an API definition file.`);
              setFileNote(`Loaded ${file.name} (${(file.size / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KB).`);
              onDocumentChange(await file.text());
            }}
          />
        </label>
      </div>
      <CodeEditor value={document} onChange={onDocumentChange} language={language} ariaLabel="OpenAPI document" minHeight="12rem" />
      {fileNote ? <p className="text-xs text-muted-foreground">{fileNote}</p> : null}
      {errors?.length ? (
        <ul className="text-xs font-medium text-danger" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
