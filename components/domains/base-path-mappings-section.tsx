"use client";

import { useState } from "react";
import type { BasePathMappingSummary } from "@/lib/domain/domain-name";
import { customDomainCall } from "@/lib/domain/custom-domain-call";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { InvokeEnvironment } from "@/lib/domain/stage-invoke-url";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { AddBasePathMappingDialog } from "./add-base-path-mapping-dialog";
import { BasePathMappingsTable } from "./base-path-mappings-table";

type BasePathMappingsSectionProps = {
  envId: string;
  environment: InvokeEnvironment;
  domainName: string;
  mappings: readonly BasePathMappingSummary[];
  apis: readonly RestApiSummary[];
  canEdit: boolean;
};

/** The domain's base path mappings, how versioning works with them, and the command that calls each one. */
export function BasePathMappingsSection({ envId, environment, domainName, mappings, apis, canEdit }: BasePathMappingsSectionProps) {
  const [requestPath, setRequestPath] = useState("/");
  const addButton = canEdit ? <AddBasePathMappingDialog envId={envId} domainName={domainName} apis={apis} /> : null;
  return (
    <section aria-labelledby="mappings-heading" className="flex flex-col gap-3">
      <div className="flex items-end justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="mappings-heading" className="text-[15px] font-semibold">
            Base path mappings
          </h2>
          <p className="text-[13px] text-muted-foreground">
            Versions without breaking anyone: map <span className="font-mono text-xs">v1</span> to API A&apos;s prod and{" "}
            <span className="font-mono text-xs">v2</span> to API B&apos;s prod, and clients move to v2 when they choose.
          </p>
        </div>
        {mappings.length > 0 ? addButton : null}
      </div>
      {mappings.length === 0 ? (
        <EmptyState title="No base paths mapped yet" actions={addButton}>
          Until a base path is mapped to an API stage, every request to {domainName} is refused with 403 Forbidden.
          {canEdit ? null : " A deployer can add a mapping."}
        </EmptyState>
      ) : (
        <>
          <Field label="Path to call in the API" hint="Used in the commands below, after the base path." className="w-80">
            {(control) => <Input {...control} value={requestPath} onChange={(event) => setRequestPath(event.target.value)} spellCheck={false} className="font-mono text-xs" />}
          </Field>
          <BasePathMappingsTable
            envId={envId}
            domainName={domainName}
            mappings={mappings}
            apis={apis}
            canEdit={canEdit}
            callOf={(mapping) => customDomainCall(environment, domainName, mapping, requestPath)}
          />
        </>
      )}
    </section>
  );
}
