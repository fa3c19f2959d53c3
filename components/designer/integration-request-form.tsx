"use client";

import { contentHandlings, integrationTimeoutRange, integrationTypes, passthroughBehaviors, type IntegrationDefinition, type IntegrationType } from "@/lib/domain/method-definition";
import { defaultMethod } from "@/lib/domain/default-method";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { EditorSection } from "./editor-section";
import { MappingTemplates } from "./mapping-templates";
import { noneValue, type MethodPartProps } from "./method-editor-types";
import { StringMapRows } from "./string-map-rows";
import { UriField } from "./uri-field";

const typeLabels: Record<IntegrationType, { label: string; description: string }> = {
  MOCK: { label: "Mock", description: "Answers from the integration response, no backend" },
  HTTP: { label: "HTTP", description: "Calls an HTTP backend with mapping templates" },
  HTTP_PROXY: { label: "HTTP proxy", description: "Passes the request to an HTTP backend as is" },
  AWS_PROXY: { label: "Lambda proxy", description: "Invokes a Lambda function with the whole request" },
  AWS: { label: "AWS service / Lambda (custom)", description: "Calls an AWS service action with mapping templates" },
};
const verbs = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"].map((verb) => ({ value: verb, label: verb }));
const passthroughLabels = { WHEN_NO_MATCH: "When no template matches", WHEN_NO_TEMPLATES: "When no templates are defined", NEVER: "Never" } as const;

/** Integration type, backend, parameter mappings, templates, passthrough, timeout, content handling and cache keys. */
export function IntegrationRequestForm({ value, onChange, readOnly, errors }: MethodPartProps) {
  const integration = value.integration;
  if (!integration) {
    return (
      <div className="flex flex-col items-start gap-2 text-[13px] text-muted-foreground">
        <p>This method has no integration yet, so calls to it fail with 500.</p>
        {readOnly ? null : <Button onClick={() => onChange({ ...value, integration: defaultMethod(value.httpMethod, { kind: "MOCK" }).integration })}>Set up a mock integration</Button>}
      </div>
    );
  }
  const set = (patch: Partial<IntegrationDefinition>) => onChange({ ...value, integration: { ...integration, ...patch } });
  const hasBackend = integration.type !== "MOCK";
  const proxy = integration.type === "AWS_PROXY" || integration.type === "HTTP_PROXY";
  return (
    <div className="flex flex-col gap-6">
      <EditorSection title="Backend">
        <div className="grid max-w-3xl grid-cols-2 gap-4">
          <Field label="Integration type" errors={errors["integration.type"]}>
            {(control) => (
              <Select {...control} value={integration.type} disabled={readOnly} options={integrationTypes.map((type) => ({ value: type, ...typeLabels[type] }))} onValueChange={(type) => set({ type: type as IntegrationType, httpMethod: type === "MOCK" ? null : (integration.httpMethod ?? (type === "AWS_PROXY" ? "POST" : value.httpMethod)) })} />
            )}
          </Field>
          {hasBackend ? (
            <Field label="Backend HTTP method" errors={errors["integration.httpMethod"]}>
              {(control) => <Select {...control} value={integration.httpMethod ?? ""} placeholder="Choose" disabled={readOnly} options={verbs} onValueChange={(httpMethod) => set({ httpMethod })} />}
            </Field>
          ) : null}
        </div>
        {hasBackend ? <UriField type={integration.type} value={integration.uri} readOnly={readOnly} errors={errors["integration.uri"]} onChange={(uri) => set({ uri })} /> : null}
        {integration.type === "AWS" || integration.type === "AWS_PROXY" ? (
          <Field label="Execution role ARN" optional hint="The role API Gateway assumes to call the AWS service or function; leave empty to use resource-based permissions." errors={errors["integration.credentials"]} className="max-w-3xl">
            {(control) => <Input {...control} className="font-mono" readOnly={readOnly} placeholder="arn:aws:iam::123456789012:role/api-backend" value={integration.credentials} onChange={(event) => set({ credentials: event.target.value })} />}
          </Field>
        ) : null}
        <div className="grid max-w-3xl grid-cols-2 gap-4">
          <Field label="Timeout (ms)" hint={`${integrationTimeoutRange.min}–29,000 ms; AWS's default is 29,000.`} errors={errors["integration.timeoutInMillis"]}>
            {(control) => <Input {...control} type="number" inputMode="numeric" min={integrationTimeoutRange.min} max={integrationTimeoutRange.max} readOnly={readOnly} value={Number.isNaN(integration.timeoutInMillis) ? "" : integration.timeoutInMillis} onChange={(event) => set({ timeoutInMillis: event.target.value === "" ? Number.NaN : Number(event.target.value) })} />}
          </Field>
          <Field label="Content handling" errors={errors["integration.contentHandling"]}>
            {(control) => (
              <Select {...control} value={integration.contentHandling ?? noneValue} disabled={readOnly} options={[{ value: noneValue, label: "Passthrough (no conversion)" }, ...contentHandlings.map((handling) => ({ value: handling, label: handling === "CONVERT_TO_BINARY" ? "Convert to binary" : "Convert to text" }))]} onValueChange={(handling) => set({ contentHandling: handling === noneValue ? null : (handling as IntegrationDefinition["contentHandling"]) })} />
            )}
          </Field>
        </div>
      </EditorSection>
      {proxy ? (
        <p className="text-[13px] text-muted-foreground">A proxy integration passes the whole request through: mapping templates and passthrough behaviour do not apply.</p>
      ) : (
        <>
          <EditorSection title="Parameter mappings" hint="integration.request.{path|querystring|header}.name ← method.request.… or 'static value'">
            <StringMapRows label="Parameter mapping" value={integration.requestParameters} onChange={(requestParameters) => set({ requestParameters })} keyLabel="backend parameter" valueLabel="mapped from" keyPlaceholder="integration.request.header.x-id" valuePlaceholder="method.request.querystring.id" readOnly={readOnly} emptyText="No parameter mappings." addLabel="Add mapping" />
          </EditorSection>
          <EditorSection title="Mapping templates" hint="VTL templates that build the backend request, per request content type.">
            <Field label="Request body passthrough" className="max-w-sm">
              {(control) => <Select {...control} value={integration.passthroughBehavior} disabled={readOnly} options={passthroughBehaviors.map((behavior) => ({ value: behavior, label: passthroughLabels[behavior] }))} onValueChange={(behavior) => set({ passthroughBehavior: behavior as IntegrationDefinition["passthroughBehavior"] })} />}
            </Field>
            <MappingTemplates label="Request template" value={integration.requestTemplates} readOnly={readOnly} onChange={(requestTemplates) => set({ requestTemplates })} />
          </EditorSection>
        </>
      )}
      <EditorSection title="Cache key parameters" hint="Request parameters that make a separate cache entry when stage caching is on.">
        <Field label="Cache keys" optional hint="Comma-separated, e.g. method.request.querystring.page">
          {(control) => <Input {...control} className="max-w-xl font-mono" readOnly={readOnly} defaultValue={integration.cacheKeyParameters.join(", ")} onChange={(event) => set({ cacheKeyParameters: [...new Set(event.target.value.split(",").map((key) => key.trim()).filter(Boolean))] })} />}
        </Field>
      </EditorSection>
    </div>
  );
}
