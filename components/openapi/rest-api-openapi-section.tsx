import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ExportOpenApiButton } from "./export-openapi-button";
import { ImportOpenApiButton } from "./import-openapi-button";

type RestApiOpenApiSectionProps = { environment: EnvironmentSummary; api: RestApiSummary; stageNames: string[]; canEdit: boolean };

/** The Overview's OpenAPI panel: export for everyone, import (merge or overwrite) for editors. */
export function RestApiOpenApiSection({ environment, api, stageNames, canEdit }: RestApiOpenApiSectionProps) {
  return (
    <section aria-labelledby="openapi-heading" className="rounded-lg border border-border">
      <h2 id="openapi-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
        OpenAPI
      </h2>
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-[13px] text-muted-foreground">
        <p>Download the working copy or a stage as OpenAPI 3 or Swagger 2{canEdit ? ", or import a document into this API" : ""}.</p>
        <div className="flex gap-2">
          <ExportOpenApiButton envId={environment.id} restApiId={api.id} apiName={api.name} stageNames={stageNames} />
          {canEdit ? <ImportOpenApiButton envId={environment.id} environmentName={environment.name} target={{ restApiId: api.id, name: api.name }} /> : null}
        </div>
      </div>
    </section>
  );
}
