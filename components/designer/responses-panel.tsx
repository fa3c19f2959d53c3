"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import type { IntegrationResponseDefinition, MethodResponseDefinition } from "@/lib/domain/method-definition";
import { pairResponses } from "@/lib/domain/request-flow";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { MethodPartProps } from "./method-editor-types";
import { ResponsePairCard } from "./response-pair-card";

function withEntry<V>(record: Record<string, V>, key: string, value: V | null): Record<string, V> {
  const rest = Object.entries(record).filter(([existing]) => existing !== key);
  return Object.fromEntries((value === null ? rest : [...rest, [key, value] as const]).sort(([a], [b]) => a.localeCompare(b)));
}

/** Integration responses and method responses, paired by status code. */
export function ResponsesPanel({ value, onChange, pickers, readOnly }: MethodPartProps) {
  const [newStatus, setNewStatus] = useState("");
  const pairs = pairResponses(value);
  const integration = value.integration;
  const proxy = integration?.type === "AWS_PROXY" || integration?.type === "HTTP_PROXY";
  const validStatus = /^[1-5]\d\d$/.test(newStatus) && !pairs.some((pair) => pair.statusCode === newStatus);
  const setIntegrationResponse = (code: string, next: IntegrationResponseDefinition | null) => {
    if (integration) onChange({ ...value, integration: { ...integration, integrationResponses: withEntry(integration.integrationResponses, code, next) } });
  };
  const setMethodResponse = (code: string, next: MethodResponseDefinition | null) => onChange({ ...value, methodResponses: withEntry(value.methodResponses, code, next) });
  const addStatus = () => {
    if (!validStatus) return;
    const methodResponses = withEntry(value.methodResponses, newStatus, { statusCode: newStatus, responseParameters: {}, responseModels: {} });
    const integrationResponses = integration && !proxy ? withEntry(integration.integrationResponses, newStatus, { statusCode: newStatus, selectionPattern: newStatus, responseParameters: {}, responseTemplates: {}, contentHandling: null }) : null;
    onChange({ ...value, methodResponses, integration: integration && integrationResponses ? { ...integration, integrationResponses } : integration });
    setNewStatus("");
  };
  return (
    <div className="flex flex-col gap-4">
      {pairs.length === 0 ? <p className="text-[13px] text-muted-foreground">No responses are declared. Add a status code the method can answer with.</p> : null}
      {pairs.map((pair) => (
        <ResponsePairCard key={pair.statusCode} pair={pair} proxy={proxy} models={pickers.models} readOnly={readOnly} onIntegrationChange={(next) => setIntegrationResponse(pair.statusCode, next)} onMethodChange={(next) => setMethodResponse(pair.statusCode, next)} />
      ))}
      {readOnly ? null : (
        <div className="flex items-end gap-2">
          <Field label="New status code" className="w-40" errors={newStatus && !validStatus ? ["Use an unused code from 100 to 599."] : undefined}>
            {(control) => <Input {...control} inputMode="numeric" value={newStatus} placeholder="404" onChange={(event) => setNewStatus(event.target.value.trim())} />}
          </Field>
          <Button onClick={addStatus} disabled={!validStatus} className="mb-px">
            <Plus aria-hidden /> Add response
          </Button>
        </div>
      )}
    </div>
  );
}
