"use client";

import { Trash2 } from "lucide-react";
import type { IntegrationResponseDefinition, MethodResponseDefinition, NamedChoice } from "@/lib/domain/method-definition";
import type { ResponsePair } from "@/lib/domain/request-flow";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ContentTypeModels } from "./content-type-models";
import { MappingTemplates } from "./mapping-templates";
import { ResponseHeaders } from "./response-headers";
import { StringMapRows } from "./string-map-rows";

type ResponsePairCardProps = {
  pair: ResponsePair;
  proxy: boolean;
  models: readonly NamedChoice[];
  readOnly: boolean;
  onIntegrationChange: (next: IntegrationResponseDefinition | null) => void;
  onMethodChange: (next: MethodResponseDefinition | null) => void;
};

/** One status code: the integration response that selects it beside the method response that declares it. */
export function ResponsePairCard({ pair, proxy, models, readOnly, onIntegrationChange, onMethodChange }: ResponsePairCardProps) {
  const { statusCode, integration, method } = pair;
  return (
    <section aria-label={`Response ${statusCode}`} className="rounded-lg border border-border">
      <header className="flex items-center justify-between gap-3 border-b border-border bg-surface px-3 py-2">
        <h3 className="flex items-center gap-2 text-[13px] font-semibold">
          <span className="font-mono">{statusCode}</span>
          {integration && !integration.selectionPattern ? <Badge>default</Badge> : null}
        </h3>
        {readOnly ? null : (
          <Button size="sm" variant="ghost" onClick={() => {
            onIntegrationChange(null);
            onMethodChange(null);
          }}>
            <Trash2 aria-hidden /> Remove {statusCode}
          </Button>
        )}
      </header>
      <div className="grid grid-cols-2 divide-x divide-border">
        <div className="flex min-w-0 flex-col gap-3 p-3">
          <h4 className="text-[13px] font-semibold">Integration response</h4>
          {proxy ? (
            <p className="text-[13px] text-muted-foreground">The proxy integration returns the backend&apos;s response as is.</p>
          ) : integration ? (
            <>
              <Field label={`Selection pattern for ${statusCode}`} hint="Regex on the backend status or error message; empty is the default response.">
                {(control) => <Input {...control} value={integration.selectionPattern} readOnly={readOnly} className="font-mono" placeholder="(default)" onChange={(event) => onIntegrationChange({ ...integration, selectionPattern: event.target.value })} />}
              </Field>
              <SubHeading>Header mappings</SubHeading>
              <StringMapRows label={`Header mapping ${statusCode}`} value={integration.responseParameters} onChange={(responseParameters) => onIntegrationChange({ ...integration, responseParameters })} keyLabel="header" valueLabel="mapped from" keyPlaceholder="method.response.header.X-Id" valuePlaceholder="integration.response.header.id" readOnly={readOnly} emptyText="No header mappings." addLabel="Add header mapping" />
              <SubHeading>Mapping templates</SubHeading>
              <MappingTemplates label={`Response ${statusCode} template`} value={integration.responseTemplates} readOnly={readOnly} onChange={(responseTemplates) => onIntegrationChange({ ...integration, responseTemplates })} />
            </>
          ) : (
            <Missing what="integration response" readOnly={readOnly} onAdd={() => onIntegrationChange({ statusCode, selectionPattern: "", responseParameters: {}, responseTemplates: {}, contentHandling: null })} />
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-3 p-3">
          <h4 className="text-[13px] font-semibold">Method response</h4>
          {method ? (
            <>
              <SubHeading>Headers</SubHeading>
              <ResponseHeaders statusCode={statusCode} value={method.responseParameters} readOnly={readOnly} onChange={(responseParameters) => onMethodChange({ ...method, responseParameters })} />
              <SubHeading>Models</SubHeading>
              <ContentTypeModels label={`Response ${statusCode} model`} value={method.responseModels} models={models} readOnly={readOnly} onChange={(responseModels) => onMethodChange({ ...method, responseModels })} />
            </>
          ) : (
            <Missing what="method response" readOnly={readOnly} onAdd={() => onMethodChange({ statusCode, responseParameters: {}, responseModels: {} })} />
          )}
        </div>
      </div>
    </section>
  );
}

function Missing({ what, readOnly, onAdd }: { what: string; readOnly: boolean; onAdd: () => void }) {
  return (
    <div className="flex flex-col items-start gap-2 text-[13px] text-muted-foreground">
      <p>No {what} for this status.</p>
      {readOnly ? null : <Button size="sm" onClick={onAdd}>Add {what}</Button>}
    </div>
  );
}

function SubHeading({ children }: { children: React.ReactNode }) {
  return <h5 className="-mb-1.5 text-xs font-medium text-muted-foreground">{children}</h5>;
}
