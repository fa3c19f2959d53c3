"use client";

import { useRef } from "react";
import { accessLogFormatProblem, accessLogPresets, insertVariable, presetOf, renderAccessLogPreview } from "@/lib/domain/access-log-format";
import { accessLogDestinationKind, accessLogDestinationProblem } from "@/lib/domain/stage-arns";
import type { AccessLogValue } from "@/lib/domain/stage-settings-patch";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { ContextVariablePicker } from "./context-variable-picker";
import { FieldError, SettingsRow } from "./settings-row";

type AccessLogFieldsProps = {
  value: AccessLogValue;
  onChange: (value: AccessLogValue) => void;
  canEdit: boolean;
  region: string;
  errors: Record<string, string[]>;
};

// The console starts from CLF, as the AWS console does.
const startingFormat = accessLogPresets[0]!.format;

/** Access logging on or off, its destination, its format (presets and a $context field picker) and a preview line. */
export function AccessLogFields({ value, onChange, canEdit, region, errors }: AccessLogFieldsProps) {
  const formatRef = useRef<HTMLTextAreaElement>(null);
  // Where the person last put the cursor in the format; until then a variable goes at the end.
  const cursorRef = useRef<number | null>(null);
  if (!canEdit && !value) return <SettingsRow label="Access logging"><p className="text-[13px]">Off</p></SettingsRow>;
  const toggle = (on: boolean) => onChange(on ? { destinationArn: "", format: startingFormat } : null);
  const set = (change: Partial<NonNullable<AccessLogValue>>) => value && onChange({ ...value, ...change });
  const insert = (variable: string) => {
    if (!value) return;
    const { format, cursor } = insertVariable(value.format, variable, cursorRef.current ?? value.format.length);
    cursorRef.current = cursor;
    set({ format });
    requestAnimationFrame(() => formatRef.current?.setSelectionRange(cursor, cursor));
  };
  // Shown while typing; the server checks the same rules and AWS has the last word.
  const destinationProblem = value?.destinationArn ? accessLogDestinationProblem(value.destinationArn) : null;
  const formatProblem = value ? accessLogFormatProblem(value.format) : null;
  const preset = value ? presetOf(value.format) : null;
  return (
    <>
      <SettingsRow label="Access logging" hint="One line per request, in your format, to CloudWatch Logs or a Firehose stream.">
        {canEdit ? <CheckboxField label="Send access logs" checked={value !== null} onCheckedChange={toggle} description={value ? undefined : "Turning it off removes the stage's access log settings."} /> : <p className="text-[13px]">On</p>}
        <FieldError messages={errors["next.accessLog"]} />
      </SettingsRow>
      {value ? (
        <>
          <SettingsRow label="Destination ARN" controlId="access-log-destination" hint={value.destinationArn && !destinationProblem ? `${accessLogDestinationKind(value.destinationArn)} destination` : "A log group ARN without :*, or a Firehose stream named amazon-apigateway-…"}>
            <Input id="access-log-destination" value={value.destinationArn} readOnly={!canEdit} onChange={(e) => set({ destinationArn: e.target.value })} placeholder={`arn:aws:logs:${region}:123456789012:log-group:api-access-logs`} className="font-mono" aria-invalid={destinationProblem || errors["next.accessLog.destinationArn"] ? true : undefined} />
            <FieldError messages={errors["next.accessLog.destinationArn"] ?? (destinationProblem ? [destinationProblem] : undefined)} />
          </SettingsRow>
          <SettingsRow label="Log format" controlId="access-log-format" hint={`Must include $context.requestId or $context.extendedRequestId. ${preset ? `${preset} preset.` : "Custom format."}`}>
            {canEdit ? (
              <div role="group" aria-label="Format presets" className="flex flex-wrap gap-1.5">
                {accessLogPresets.map((candidate) => (
                  <Button key={candidate.id} size="sm" variant={preset === candidate.id ? "primary" : "secondary"} aria-pressed={preset === candidate.id} onClick={() => { cursorRef.current = null; set({ format: candidate.format }); }}>
                    {candidate.id}
                  </Button>
                ))}
              </div>
            ) : null}
            <Textarea id="access-log-format" ref={formatRef} rows={6} value={value.format} readOnly={!canEdit} onSelect={(e) => { cursorRef.current = e.currentTarget.selectionStart; }} onChange={(e) => set({ format: e.target.value.replace(/[\r\n]+/g, " ") })} className="font-mono text-xs" aria-invalid={formatProblem || errors["next.accessLog.format"] ? true : undefined} />
            <FieldError messages={errors["next.accessLog.format"] ?? (formatProblem ? [formatProblem] : undefined)} />
            {canEdit ? <ContextVariablePicker onInsert={insert} /> : null}
          </SettingsRow>
          <SettingsRow label="Preview" hint="One line as it would be logged, with sample values; variables without a value log as -.">
            <pre aria-label="Access log preview" className="whitespace-pre-wrap break-all rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs">{renderAccessLogPreview(value.format)}</pre>
          </SettingsRow>
        </>
      ) : null}
    </>
  );
}
