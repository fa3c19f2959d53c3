"use client";

import { TriangleAlert } from "lucide-react";
import { hardCodedHost, splitStageVariableRefs } from "@/lib/domain/stage-variable-refs";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type UriFieldProps = { type: string; value: string; onChange: (uri: string) => void; readOnly: boolean; errors?: string[] };

/** The backend URI, with its stage-variable references highlighted and a warning when an HTTP host is hard-coded. */
export function UriField({ type, value, onChange, readOnly, errors }: UriFieldProps) {
  const host = hardCodedHost(type, value);
  const pieces = splitStageVariableRefs(value);
  const hasRefs = pieces.some((piece) => piece.ref);
  return (
    <div className="flex flex-col gap-1.5">
      <Field label="Endpoint URI" errors={errors} hint={type === "AWS_PROXY" || type === "AWS" ? "arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations" : "Use ${stageVariables.name} so each stage can point at its own backend."}>
        {(control) => <Input {...control} value={value} readOnly={readOnly} className="font-mono" spellCheck={false} onChange={(event) => onChange(event.target.value)} />}
      </Field>
      {hasRefs ? (
        <p className="break-all font-mono text-xs text-muted-foreground" aria-label="URI with stage variables highlighted">
          {pieces.map((piece, index) =>
            piece.ref ? (
              <mark key={index} className="rounded bg-accent-soft px-0.5 text-accent" title={`Stage variable ${piece.ref}`}>
                {piece.text}
              </mark>
            ) : (
              <span key={index}>{piece.text}</span>
            ),
          )}
        </p>
      ) : null}
      {host ? (
        <p role="status" className="flex items-start gap-1.5 text-xs text-warning">
          <TriangleAlert className="mt-px size-3.5 shrink-0" aria-hidden />
          <span>
            The host <span className="font-mono">{host}</span> is hard-coded, so every stage calls the same backend. Use a stage variable, e.g.{" "}
            <span className="font-mono">{"https://${stageVariables.backendHost}/…"}</span>.
          </span>
        </p>
      ) : null}
    </div>
  );
}
