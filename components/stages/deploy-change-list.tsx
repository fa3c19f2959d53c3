"use client";

import { Minus, Pencil, Plus } from "lucide-react";
import type { DeployChange } from "@/lib/domain/deploy-diff";
import { Badge } from "@/components/ui/badge";

const kindLabels: Record<DeployChange["kind"], string> = {
  resource: "Resource",
  method: "Method",
  integration: "Integration",
  "mapping-template": "Mapping template",
  model: "Model",
  authorizer: "Authorizer",
  "gateway-response": "Gateway response",
  validator: "Validator",
  "api-setting": "API setting",
};

const actionIcons = { added: Plus, removed: Minus, changed: Pencil } as const;

function ValueBlock({ title, text }: { title: string; text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <span className="text-xs text-muted-foreground">{title}</span>
      <pre tabIndex={0} aria-label={title} className="max-h-60 overflow-auto rounded-md border border-border bg-surface p-2 font-mono text-xs leading-5">{text}</pre>
    </div>
  );
}

/** The readable diff: each object added, removed or changed, with its before and after values on demand. */
export function DeployChangeList({ changes }: { changes: readonly DeployChange[] }) {
  return (
    <ul className="flex flex-col divide-y divide-border rounded-lg border border-border" aria-label="Changes">
      {changes.map((change) => {
        const Icon = actionIcons[change.action];
        return (
          <li key={`${change.action} ${change.key}`}>
            <details className="group">
              <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-[13px] hover:bg-hover/60 focus-visible:outline-2 focus-visible:outline-ring">
                <Icon className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
                <span className="w-16 shrink-0 text-xs text-muted-foreground">{change.action}</span>
                <Badge>{kindLabels[change.kind]}</Badge>
                <span className="min-w-0 truncate font-mono text-xs">{change.label}</span>
              </summary>
              <div className="flex flex-col gap-3 px-3 pb-3 md:flex-row">
                <ValueBlock title="Before" text={change.before} />
                <ValueBlock title="After" text={change.after} />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
