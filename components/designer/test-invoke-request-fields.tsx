"use client";

import { pathParametersOf } from "@/lib/domain/invoke-request-form";
import { CodeEditor } from "@/components/ui/code-editor";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

export type TestInvokeForm = { parameters: Record<string, string>; query: string; headers: string; stageVariables: string; body: string };
export const emptyTestInvokeForm: TestInvokeForm = { parameters: {}, query: "", headers: "", stageVariables: "", body: "" };

type Props = {
  resourcePath: string;
  form: TestInvokeForm;
  onChange: (form: TestInvokeForm) => void;
  errors: Record<string, string[]>;
  /** Stage variables apply to the working copy only: a deployed stage has its own. */
  showStageVariables: boolean;
};

/** The request a test sends: path parameters from the resource path, query string, headers, stage variables and body. */
export function TestInvokeRequestFields({ resourcePath, form, onChange, errors, showStageVariables }: Props) {
  const parameters = pathParametersOf(resourcePath);
  return (
    <div className="flex flex-col gap-4">
      {parameters.length > 0 ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {parameters.map(({ name, greedy }) => (
            <Field key={name} label={`Path parameter ${name}`} errors={errors[`parameter.${name}`]} hint={greedy ? "Greedy: may contain slashes." : undefined}>
              {(control) => (
                <Input {...control} value={form.parameters[name] ?? ""} onChange={(event) => onChange({ ...form, parameters: { ...form.parameters, [name]: event.target.value } })} className="font-mono" />
              )}
            </Field>
          ))}
        </div>
      ) : null}
      <Field label="Query string" optional errors={errors.query} hint="For example: limit=10&sort=name">
        {(control) => <Input {...control} value={form.query} onChange={(event) => onChange({ ...form, query: event.target.value })} className="font-mono" placeholder="name=value&other=value" />}
      </Field>
      <div className="grid gap-3 lg:grid-cols-2">
        <Field label="Headers" optional errors={errors.headers} hint="One per line: Name: value">
          {(control) => <Textarea {...control} rows={3} value={form.headers} onChange={(event) => onChange({ ...form, headers: event.target.value })} className="font-mono" placeholder="Accept: application/json" />}
        </Field>
        {showStageVariables ? (
          <Field label="Stage variables" optional errors={errors.stageVariables} hint="One per line: name=value">
            {(control) => <Textarea {...control} rows={3} value={form.stageVariables} onChange={(event) => onChange({ ...form, stageVariables: event.target.value })} className="font-mono" placeholder="env=dev" />}
          </Field>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <span className="text-[13px] font-medium" id="test-invoke-body-label">
          Request body <span className="font-normal text-subtle-foreground">(optional)</span>
        </span>
        <CodeEditor value={form.body} onChange={(body) => onChange({ ...form, body })} language="json" ariaLabel="Request body" minHeight="6rem" />
        {errors.body ? (
          <p className="text-xs font-medium text-danger" role="alert">
            {errors.body.join(" ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
