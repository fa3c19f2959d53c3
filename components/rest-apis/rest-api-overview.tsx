import type { EnvironmentSummary } from "@/lib/environments/environments";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { RelativeTime } from "@/components/ui/relative-time";
import { endpointTypeLabel } from "./endpoint-type";

export function RestApiOverview({ environment, api }: { environment: EnvironmentSummary; api: RestApiSummary }) {
  const sandbox = environment.kind === "sandbox";
  const target = sandbox ? ` --endpoint-url ${environment.endpointUrl ?? "http://localhost:4566"}` : environment.profile ? ` --profile ${environment.profile}` : "";
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="details-heading" className="rounded-lg border border-border">
        <h2 id="details-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
          Details
        </h2>
        <dl className="grid grid-cols-[9rem_minmax(0,1fr)] gap-x-4 gap-y-2.5 px-4 py-3 text-[13px]">
          <dt className="text-muted-foreground">API ID</dt>
          <dd className="font-mono">{api.id}</dd>
          <dt className="text-muted-foreground">Endpoint type</dt>
          <dd>{endpointTypeLabel(api.endpointType)}</dd>
          <dt className="text-muted-foreground">Created</dt>
          <dd>
            <RelativeTime iso={api.createdDate} />
          </dd>
          <dt className="text-muted-foreground">Environment</dt>
          <dd>
            {environment.name} <span className="font-mono text-xs text-muted-foreground">({environment.region})</span>
          </dd>
          <dt className="text-muted-foreground">Description</dt>
          <dd className="whitespace-pre-wrap">{api.description || <span className="text-subtle-foreground">No description</span>}</dd>
        </dl>
      </section>
      <section aria-labelledby="cli-heading" className="rounded-lg border border-border">
        <h2 id="cli-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
          From the command line
        </h2>
        <div className="flex flex-col gap-2 px-4 py-3 text-[13px] text-muted-foreground">
          <p>List its resources, the starting point for adding methods:</p>
          <CodeSnippet label="AWS CLI command to list resources" code={`aws apigateway get-resources --rest-api-id ${api.id} --region ${environment.region}${target}`} />
        </div>
      </section>
    </div>
  );
}
