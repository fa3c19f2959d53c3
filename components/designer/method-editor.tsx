"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { diffMethods } from "@/lib/domain/method-changes";
import type { MethodDefinition, MethodEditorData } from "@/lib/domain/method-definition";
import { planMethodSave } from "@/lib/domain/method-patch";
import type { MethodSaveResult } from "@/lib/domain/method-save-result";
import { buildRequestFlow, flowPartFrom, type FlowPart } from "@/lib/domain/request-flow";
import { useSaveMethodMutation } from "@/lib/data/methods/save-method-mutation";
import { SaveBar } from "@/components/forms/save-bar";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { IntegrationRequestForm } from "./integration-request-form";
import { localMethodErrors, serverFieldErrors } from "./method-editor-errors";
import { MethodRequestForm } from "./method-request-form";
import { RequestFlowDiagram } from "./request-flow-diagram";
import { ResponsesPanel } from "./responses-panel";
import { SaveOutcomeAlert } from "./save-outcome-alert";
import { SavePlanDialog } from "./save-plan-dialog";

type MethodEditorProps = { envId: string; restApiId: string; data: MethodEditorData; canEdit: boolean };

const partTitles: Record<FlowPart, string> = {
  "method-request": "Method request",
  "integration-request": "Integration request",
  "integration-response": "Integration and method responses",
  "method-response": "Integration and method responses",
};

/** The method editor: the request-flow diagram, the open part, and a save that shows its plan first. */
export function MethodEditor({ envId, restApiId, data, canEdit }: MethodEditorProps) {
  const part = flowPartFrom(useSearchParams().get("part"));
  const [loaded, setLoaded] = useState(data.definition);
  const [edited, setEdited] = useState(data.definition);
  // Bumped when the form is reset from outside (discard, reload), so row editors drop their local rows.
  const [formVersion, setFormVersion] = useState(0);
  const [planOpen, setPlanOpen] = useState(false);
  const [outcome, setOutcome] = useState<Exclude<MethodSaveResult, { status: "saved" }> | null>(null);
  const title = `${data.definition.httpMethod} ${data.resourcePath}`;
  const reset = (to: MethodDefinition) => {
    setLoaded(to);
    setEdited(to);
    setFormVersion((version) => version + 1);
    setOutcome(null);
  };
  const save = useSaveMethodMutation({
    onSuccess(result) {
      setPlanOpen(false);
      if (result.status === "saved") {
        toast.success(`Saved ${title} (${result.applied.length} AWS call${result.applied.length === 1 ? "" : "s"})`);
        reset(result.current ?? edited);
        return;
      }
      setOutcome(result);
      // After a partial save AWS holds a new version: it becomes the baseline, so a retry sends only the rest.
      if (result.status === "partial" && result.current) setLoaded(result.current);
    },
    onError: () => setPlanOpen(false),
  });
  const changes = diffMethods(loaded, edited);
  const plan = planMethodSave(loaded, edited);
  const localErrors = localMethodErrors(edited);
  // AWS's refusal of one step of a save sits beside the field that step changed.
  const refusal = outcome?.status === "partial" && outcome.failed.field ? { [outcome.failed.field]: [outcome.failed.message] } : {};
  const errors = { ...serverFieldErrors(save.error?.fieldErrors), ...refusal, ...localErrors };
  const formError = save.error && Object.keys(save.error.fieldErrors).length === 0 ? save.error.message : null;
  const submit = () => save.mutate({ envId, restApiId, resourceId: data.resourceId, httpMethod: data.definition.httpMethod, loaded, edited });
  const selectPart = (next: FlowPart) => window.history.pushState(null, "", `?part=${next}`);
  const partProps = { value: edited, onChange: setEdited, pickers: data.pickers, readOnly: !canEdit, errors };
  return (
    <div>
      <RequestFlowDiagram boxes={buildRequestFlow(edited, data.pickers)} current={part} hrefFor={(next) => `?part=${next}`} onSelect={selectPart} />
      {outcome ? <SaveOutcomeAlert outcome={outcome} pending={save.isPending} onReload={() => (outcome.current ? reset(outcome.current) : window.location.reload())} onRetry={submit} /> : null}
      <form
        noValidate
        aria-labelledby="method-part-heading"
        className="rounded-lg border border-border"
        onSubmit={(event) => {
          event.preventDefault();
          if (changes.length > 0 && Object.keys(localErrors).length === 0) setPlanOpen(true);
        }}
      >
        <h2 id="method-part-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
          {partTitles[part]}
        </h2>
        <div key={formVersion} className="flex flex-col gap-4 px-4 py-4">
          <FormAlert message={formError} />
          {part === "method-request" ? <MethodRequestForm {...partProps} /> : null}
          {part === "integration-request" ? <IntegrationRequestForm {...partProps} /> : null}
          {part === "integration-response" || part === "method-response" ? <ResponsesPanel {...partProps} /> : null}
          {!canEdit ? <p className="text-xs text-muted-foreground">You can view this method. Changing it needs the editor role.</p> : null}
        </div>
        {canEdit ? <SaveBar changes={summarizeFields(changes.map((change) => change.field))} pending={save.isPending} onDiscard={() => reset(loaded)} /> : null}
      </form>
      {canEdit ? <SavePlanDialog open={planOpen} onOpenChange={setPlanOpen} title={`Save ${title}?`} changes={changes} plan={plan} pending={save.isPending} onConfirm={submit} /> : null}
    </div>
  );
}

/** The save bar names at most four changed fields, then counts the rest. */
function summarizeFields(fields: string[]): string[] {
  return fields.length <= 4 ? fields : [...fields.slice(0, 4), `${fields.length - 4} more`];
}
