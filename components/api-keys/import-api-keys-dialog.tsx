"use client";

import { useState } from "react";
import { Upload } from "lucide-react";
import { apiKeyCsvHeader, type ApiKeyImportResult } from "@/lib/domain/api-key";
import { useImportApiKeysMutation } from "@/lib/data/usage-plans/import-api-keys-mutation";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Textarea } from "@/components/ui/textarea";
import { ImportApiKeysOutcome } from "./import-api-keys-outcome";

/** ImportApiKeys from a CSV file in AWS's key file format; rows AWS refuses are listed, the others are imported. */
export function ImportApiKeysDialog({ envId }: { envId: string }) {
  const [open, setOpen] = useState(false);
  const [csv, setCsv] = useState("");
  const [result, setResult] = useState<ApiKeyImportResult | null>(null);
  const mutation = useImportApiKeysMutation(setResult);
  const errors = mutation.error?.fieldErrors ?? {};
  const close = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setCsv("");
      setResult(null);
      mutation.reset();
    }
  };
  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button>
          <Upload aria-hidden />
          Import CSV
        </Button>
      </DialogTrigger>
      <DialogContent title="Import API keys" description="AWS's API key file format, one key per row. Rows AWS refuses are listed; the others are imported.">
        {result ? (
          <>
            <DialogBody>
              <ImportApiKeysOutcome result={result} />
            </DialogBody>
            <DialogFooter>
              <Button variant="primary" onClick={() => close(false)}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form noValidate onSubmit={(event) => (event.preventDefault(), mutation.mutate({ envId, csv }))}>
            <DialogBody>
              <FormAlert message={mutation.error && Object.keys(errors).length === 0 ? mutation.error.message : null} />
              <Field label="CSV file" optional>
                {(control) => <input {...control} type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event.target.files?.[0])} className="text-[13px] file:mr-3 file:rounded-md file:border file:border-border-strong file:bg-surface-raised file:px-2.5 file:py-1 file:text-[13px]" />}
              </Field>
              <Field label="Contents" errors={errors.csv} hint={<>Header row: <code className="font-mono">{apiKeyCsvHeader}</code>. Name and Key are required; UsagePlanIds attaches each key to plans.</>}>
                {(control) => <Textarea {...control} value={csv} onChange={(event) => setCsv(event.target.value)} rows={8} spellCheck={false} className="font-mono text-xs" placeholder={`${apiKeyCsvHeader}\npartner-a,aaaaaaaaaaaaaaaaaaaaaaaa,Partner A,true,`} />}
              </Field>
            </DialogBody>
            <DialogFooter>
              <Button onClick={() => close(false)}>Cancel</Button>
              <Button type="submit" variant="primary" pending={mutation.isPending} disabled={csv.trim() === ""}>
                Import
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
