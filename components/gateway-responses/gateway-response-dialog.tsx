"use client";

import { useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import type { GatewayResponseSnapshot } from "@/lib/domain/api-design";
import { useResetGatewayResponseMutation } from "@/lib/data/gateway-responses/reset-gateway-response-mutation";
import { useUpdateGatewayResponseMutation } from "@/lib/data/gateway-responses/update-gateway-response-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { CodeEditor } from "@/components/ui/code-editor";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import type { gatewayResponseTypes } from "@/lib/actions/gateway-responses/gateway-response-schemas";

type GatewayResponseDialogProps = { envId: string; restApiId: string; response: GatewayResponseSnapshot; canEdit: boolean; onClose: () => void };

const headerPrefix = "gatewayresponse.header.";

/** Edits one response type (status, headers, template) or resets it to AWS's default; read-only for viewers. */
export function GatewayResponseDialog({ envId, restApiId, response, canEdit, onClose }: GatewayResponseDialogProps) {
  const type = response.responseType as (typeof gatewayResponseTypes)[number];
  const [statusCode, setStatusCode] = useState(response.statusCode ?? "");
  const [headers, setHeaders] = useState(
    Object.entries(response.responseParameters).filter(([key]) => key.startsWith(headerPrefix)).map(([key, value]) => ({ name: key.slice(headerPrefix.length), value })),
  );
  const [template, setTemplate] = useState(response.responseTemplates["application/json"] ?? "");
  const update = useUpdateGatewayResponseMutation({ onSuccess: () => (toast.success(`Saved ${type}`), onClose()) });
  const reset = useResetGatewayResponseMutation({ onSuccess: () => (toast.success(`Reset ${type} to AWS's default`), onClose()) });
  const failure = update.error ?? reset.error;
  const fieldErrors = failure?.fieldErrors ?? {};
  const isDefaultClass = type === "DEFAULT_4XX" || type === "DEFAULT_5XX";
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={type} description={response.isDefault ? "AWS's default is in force." : "Customised for this API."} className="max-w-2xl">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ envId, restApiId, responseType: type, statusCode, headers, template });
          }}
        >
          <DialogBody>
            <FormAlert message={failure ? formErrorOf({ code: failure.code, message: failure.message, fieldErrors }) : null} />
            <Field label="Status code" optional errors={fieldErrors.statusCode} hint={isDefaultClass ? "Empty: each error keeps its own status." : "Empty: AWS's status for this type."}>
              {(control) => <Input {...control} className="w-32" inputMode="numeric" value={statusCode} readOnly={!canEdit} onChange={(event) => setStatusCode(event.target.value)} />}
            </Field>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1.5 text-[13px] font-medium">Headers</legend>
              {headers.length === 0 ? <p className="text-xs text-muted-foreground">No headers.</p> : null}
              {headers.map((header, index) => (
                <div key={index} className="flex items-center gap-2">
                  <Input aria-label={`Header ${index + 1} name`} value={header.name} readOnly={!canEdit} onChange={(event) => setHeaders(headers.map((h, i) => (i === index ? { ...h, name: event.target.value } : h)))} />
                  <Input aria-label={`Header ${index + 1} value`} className="font-mono" value={header.value} readOnly={!canEdit} onChange={(event) => setHeaders(headers.map((h, i) => (i === index ? { ...h, value: event.target.value } : h)))} />
                  {canEdit ? (
                    <Button size="icon" variant="ghost" aria-label={`Remove header ${header.name || index + 1}`} onClick={() => setHeaders(headers.filter((_, i) => i !== index))}>
                      <Trash2 aria-hidden />
                    </Button>
                  ) : null}
                </div>
              ))}
              {fieldErrors.headers || Object.keys(fieldErrors).some((key) => key.startsWith("headers.")) ? (
                <p role="alert" className="text-xs font-medium text-danger">
                  {[...(fieldErrors.headers ?? []), ...Object.entries(fieldErrors).filter(([key]) => key.startsWith("headers.")).flatMap(([, messages]) => messages)].join(" ")}
                </p>
              ) : null}
              {canEdit ? (
                <div>
                  <Button size="sm" onClick={() => setHeaders([...headers, { name: "", value: "" }])}>
                    <Plus aria-hidden /> Add header
                  </Button>
                </div>
              ) : null}
            </fieldset>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="gateway-response-template">Body template (application/json)</Label>
              <CodeEditor id="gateway-response-template" language="vtl" ariaLabel="Body template" value={template} onChange={setTemplate} readOnly={!canEdit} minHeight="6rem" />
            </div>
          </DialogBody>
          <DialogFooter>
            {canEdit && !response.isDefault ? (
              <Button variant="danger-outline" className="mr-auto" pending={reset.isPending} onClick={() => reset.mutate({ envId, restApiId, responseType: type })}>
                Reset to default
              </Button>
            ) : null}
            <Button onClick={onClose}>{canEdit ? "Cancel" : "Done"}</Button>
            {canEdit ? (
              <Button type="submit" variant="primary" pending={update.isPending}>
                Save
              </Button>
            ) : null}
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
