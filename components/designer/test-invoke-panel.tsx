"use client";

import { useState } from "react";
import { Play } from "lucide-react";
import { missingPathParameters, parseHeaderLines, parseStageVariableLines, requestPath } from "@/lib/domain/invoke-request-form";
import { useInvokeDeployedMethodMutation, type InvokeDeployedMethodVariables } from "@/lib/data/methods/invoke-deployed-method-mutation";
import { useTestInvokeMethodMutation, type TestInvokeMethodVariables } from "@/lib/data/methods/test-invoke-method-mutation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Select } from "@/components/ui/select";
import { InvokeResponseView } from "./invoke-response-view";
import { emptyTestInvokeForm, TestInvokeRequestFields, type TestInvokeForm } from "./test-invoke-request-fields";

export type TestInvokePanelProps = {
  envId: string;
  restApiId: string;
  resourceId: string;
  resourcePath: string;
  httpMethod: string;
  stages: { stageName: string; invokeUrl: string }[];
  canInvoke: boolean;
};

type Mode = "working-copy" | "stage";
type Verb = InvokeDeployedMethodVariables["httpMethod"];
const verbs: Verb[] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** Test a method: on the working copy (TestInvokeMethod, with its execution log) or through a deployed stage's invoke URL. */
export function TestInvokePanel({ envId, restApiId, resourceId, resourcePath, httpMethod, stages, canInvoke }: TestInvokePanelProps) {
  const [mode, setMode] = useState<Mode>("working-copy");
  const [stageName, setStageName] = useState(stages[0]?.stageName ?? "");
  const [sendAs, setSendAs] = useState<Verb>(httpMethod === "ANY" ? "GET" : (httpMethod as Verb));
  const [form, setForm] = useState<TestInvokeForm>(emptyTestInvokeForm);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const workingCopy = useTestInvokeMethodMutation();
  const deployed = useInvokeDeployedMethodMutation();
  const active = mode === "working-copy" ? workingCopy : deployed;

  if (!canInvoke) {
    return <p className="text-[13px] text-muted-foreground">Testing runs the method&apos;s backend for real, so it needs the editor role.</p>;
  }

  const submit = () => {
    const headers = parseHeaderLines(form.headers);
    const stageVariables = parseStageVariableLines(form.stageVariables);
    const missing = missingPathParameters(resourcePath, form.parameters);
    const errors: Record<string, string[]> = Object.fromEntries(missing.map((name) => [`parameter.${name}`, [`Enter a value for ${name}.`]]));
    if (headers.errors.length) errors.headers = headers.errors;
    if (mode === "working-copy" && stageVariables.errors.length) errors.stageVariables = stageVariables.errors;
    if (mode === "stage" && !stageName) errors.stage = ["Deploy the API to a stage first."];
    setLocalErrors(errors);
    if (Object.keys(errors).length) return;
    const common = { envId, restApiId, path: requestPath(resourcePath, form.parameters, form.query), headers: headers.values, ...(form.body ? { body: form.body } : {}) };
    if (mode === "working-copy") {
      workingCopy.mutate({ ...common, resourceId, httpMethod: httpMethod as TestInvokeMethodVariables["httpMethod"], stageVariables: stageVariables.values });
    } else {
      deployed.mutate({ ...common, stageName, httpMethod: sendAs });
    }
  };

  const errors = { ...(active.error?.fieldErrors ?? {}), ...localErrors };
  const formError = active.error && Object.keys(active.error.fieldErrors).length === 0 ? active.error.message : active.error?.fieldErrors.path?.join(" ") ?? null;
  const invokeUrl = stages.find((stage) => stage.stageName === stageName)?.invokeUrl;

  return (
    <div className="flex flex-col gap-5">
      <form
        noValidate
        aria-label={`Test ${httpMethod} ${resourcePath}`}
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="flex flex-wrap items-end gap-4">
          <SegmentedControl
            label="Send to"
            value={mode}
            onValueChange={setMode}
            options={[
              { value: "working-copy", label: "Working copy" },
              { value: "stage", label: "Deployed stage", disabled: stages.length === 0 },
            ]}
          />
          {mode === "stage" ? (
            <Field label="Stage" errors={errors.stage} className="w-48">
              {(control) => <Select {...control} value={stageName} onValueChange={setStageName} options={stages.map((stage) => ({ value: stage.stageName, label: stage.stageName }))} />}
            </Field>
          ) : null}
          {mode === "stage" && httpMethod === "ANY" ? (
            <Field label="Send as" className="w-32">
              {(control) => <Select {...control} value={sendAs} onValueChange={(value) => setSendAs(value as Verb)} options={verbs.map((verb) => ({ value: verb, label: verb }))} />}
            </Field>
          ) : null}
        </div>
        <p className="text-xs text-muted-foreground">
          {mode === "working-copy"
            ? "Runs the method as it is configured now, without a deployment (AWS TestInvokeMethod). The backend is really called."
            : `Sends the request to ${invokeUrl ?? "the stage"}, from the console's server, as a client would: what clients get today.`}
          {stages.length === 0 ? " No stage is deployed yet." : null}
        </p>
        <TestInvokeRequestFields resourcePath={resourcePath} form={form} onChange={setForm} errors={errors} showStageVariables={mode === "working-copy"} />
        <FormAlert message={formError} />
        <div>
          <Button type="submit" variant="primary" pending={active.isPending}>
            <Play aria-hidden />
            Test {mode === "stage" ? sendAs : httpMethod} {resourcePath}
          </Button>
        </div>
      </form>
      {active.data ? <InvokeResponseView response={active.data} source={mode === "working-copy" ? "Working copy (TestInvokeMethod)" : `Stage ${stageName}`} /> : null}
    </div>
  );
}
