"use client";

import { useEffect, useRef, useState } from "react";
import type { ImportedApi } from "@/lib/aws/openapi-import";
import { useImportRestApiMutation } from "@/lib/data/rest-apis/import-rest-api-mutation";
import { usePreviewOpenApiImportMutation } from "@/lib/data/rest-apis/preview-openapi-import-mutation";
import { usePutRestApiMutation } from "@/lib/data/rest-apis/put-rest-api-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { DocumentProblems } from "./document-problems";
import { ImportOptionsFields, type ImportOptions } from "./import-options-fields";
import { ImportPreviewSummary } from "./import-preview-summary";
import { ImportResult } from "./import-result";
import { ImportSourceFields } from "./import-source-fields";

export type ImportTarget = { restApiId: string; name: string };
type ImportOpenApiDialogProps = { envId: string; environmentName: string; target?: ImportTarget; open: boolean; onOpenChange: (open: boolean) => void };

/** Import OpenAPI as a new API or into one: check and preview first, then import, then AWS's warnings. */
export default function ImportOpenApiDialog({ envId, environmentName, target, open, onOpenChange }: ImportOpenApiDialogProps) {
  const [document, setDocument] = useState("");
  const [options, setOptions] = useState<ImportOptions>({ mode: target ? "merge" : "new", endpointType: "REGIONAL", basePath: "ignore", failOnWarnings: false });
  const [confirmName, setConfirmName] = useState("");
  const [result, setResult] = useState<ImportedApi | null>(null);
  const preview = usePreviewOpenApiImportMutation();
  const onImported = (imported: ImportedApi) => {
    setResult(imported);
    toast.success(`${target ? (options.mode === "overwrite" ? "Overwrote" : "Merged into") : "Imported"} API “${imported.api.name}”`, { description: `${imported.warnings.length} warning(s) from AWS` });
  };
  const create = useImportRestApiMutation({ onSuccess: onImported, onError() {} });
  const put = usePutRestApiMutation({ onSuccess: onImported, onError() {} });
  const submit = target ? put : create;
  const failure = submit.error ?? preview.error;
  const fieldErrors = failure?.fieldErrors ?? {};
  const check = preview.data;
  const findings = useRef<HTMLDivElement>(null);
  // The check's result is below the document: bring it into view when it arrives.
  useEffect(() => {
    if (check) findings.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [check]);
  const ready = Boolean(check?.preview) && (options.mode !== "overwrite" || confirmName === target?.name);

  const edit = <T,>(apply: (value: T) => void) => (value: T) => {
    apply(value);
    preview.reset();
    submit.reset();
  };
  const reset = () => {
    setDocument("");
    setConfirmName("");
    setResult(null);
    preview.reset();
    submit.reset();
  };
  const runImport = () => {
    const common = { envId, document, failOnWarnings: options.failOnWarnings, basePath: options.basePath };
    if (target) put.mutate({ ...common, restApiId: target.restApiId, mode: options.mode === "overwrite" ? "overwrite" : "merge", ...(options.mode === "overwrite" ? { confirmName } : {}) });
    else create.mutate({ ...common, endpointType: options.endpointType });
  };
  const verb = !target ? "Create API" : options.mode === "overwrite" ? "Overwrite API" : "Merge into API";

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next && result) reset();
      }}
    >
      <DialogContent
        title={target ? `Import OpenAPI into “${target.name}”` : "Import OpenAPI"}
        description={target ? "Merge a document into this API or overwrite the API with it." : `Create a new REST API in ${environmentName} from a document.`}
        className="max-w-3xl"
      >
        {result ? (
          <>
            <DialogBody>
              <ImportResult envId={envId} result={result} verb={!target ? "Created" : options.mode === "overwrite" ? "Overwrote" : "Merged into"} />
            </DialogBody>
            <DialogFooter>
              <Button variant="primary" onClick={() => onOpenChange(false)}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (ready) runImport();
              else preview.mutate({ envId, restApiId: target?.restApiId, mode: options.mode, basePath: options.basePath, document });
            }}
          >
            <DialogBody>
              <FormAlert message={formErrorOf(failure ? { code: failure.code, message: failure.message, fieldErrors: failure.fieldErrors } : null)} />
              <ImportSourceFields document={document} onDocumentChange={edit(setDocument)} errors={fieldErrors.document} />
              <ImportOptionsFields options={options} onChange={edit(setOptions)} existing={Boolean(target)} />
              <div ref={findings} className="flex flex-col gap-4 empty:hidden">
                {check ? <DocumentProblems problems={check.problems} /> : null}
                {check?.preview ? <ImportPreviewSummary preview={check.preview} mode={options.mode} /> : null}
              </div>
              {check?.preview && options.mode === "overwrite" && target ? (
                <Field label={`Type ${target.name} to confirm`} errors={fieldErrors.confirmName}>
                  {(control) => <Input {...control} value={confirmName} onChange={(event) => setConfirmName(event.target.value)} autoComplete="off" />}
                </Field>
              ) : null}
            </DialogBody>
            <DialogFooter>
              <p className="mr-auto text-xs text-muted-foreground">{check?.preview ? "Checked. Nothing is sent to AWS until you import." : "Review checks the document; nothing is sent to AWS yet."}</p>
              <Button onClick={() => onOpenChange(false)}>Cancel</Button>
              {check?.preview ? (
                <Button type="submit" variant={options.mode === "overwrite" ? "danger" : "primary"} pending={submit.isPending} disabled={!ready}>
                  {verb}
                </Button>
              ) : (
                <Button type="submit" variant="primary" pending={preview.isPending} disabled={!document.trim()}>
                  Review
                </Button>
              )}
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
