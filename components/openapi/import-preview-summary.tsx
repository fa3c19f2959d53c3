import type { ImportMode, ImportPreview } from "@/lib/domain/openapi-import-preview";
import { Badge } from "@/components/ui/badge";

const plural = (count: number, word: string) => `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;

/** What the import will create or replace (and, on overwrite, remove), with counts, before anything is sent. */
export function ImportPreviewSummary({ preview, mode }: { preview: ImportPreview; mode: ImportMode }) {
  const added = preview.resources.filter((resource) => resource.change === "add").length;
  const extras: [string, string[]][] = [
    ["Models", preview.models],
    ["Authorizers", preview.authorizers.map((authorizer) => `${authorizer.name} (${authorizer.type})`)],
    ["Request validators", preview.validators],
    ["Binary media types", preview.binaryMediaTypes],
    ["Gateway responses", preview.gatewayResponses],
  ];
  return (
    <section aria-label="Import preview" className="flex flex-col gap-3 text-[13px]">
      <p>
        {preview.specification} document{preview.title ? <> “{preview.title}”</> : null}: {plural(preview.resources.length, "resource")}, {plural(preview.methodCount, "method")}
        {mode !== "new" ? `, ${added} new` : ""}.
      </p>
      <div tabIndex={0} className="max-h-52 overflow-y-auto rounded-md border border-border">
        <table className="w-full text-left" aria-label="Resources to import">
          <thead className="sticky top-0 bg-surface text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-1 font-medium">Resource</th>
              <th className="px-3 py-1 font-medium">Methods</th>
              {mode !== "new" ? <th className="px-3 py-1 font-medium">Change</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {preview.resources.map((resource) => (
              <tr key={resource.path}>
                <td className="px-3 py-1 font-mono text-xs">{resource.path}</td>
                <td className="px-3 py-1">
                  <span className="flex flex-wrap gap-1">{resource.methods.map((method) => <Badge key={method}>{method}</Badge>)}</span>
                </td>
                {mode !== "new" ? <td className="px-3 py-1 text-xs text-muted-foreground">{resource.change === "add" ? "New" : mode === "overwrite" ? "Replaced" : "Merged"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid grid-cols-[12rem_minmax(0,1fr)] gap-x-4 gap-y-1">
        {extras.map(([label, items]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">
              {label} ({items.length})
            </dt>
            <dd className="break-words">{items.length ? items.join(", ") : <span className="text-subtle-foreground">None</span>}</dd>
          </div>
        ))}
      </dl>
      {mode === "overwrite" ? <RemovedList removed={preview.removed} /> : null}
    </section>
  );
}

function RemovedList({ removed }: { removed: ImportPreview["removed"] }) {
  if (removed.length === 0) return <p className="text-muted-foreground">Nothing in the current API is removed.</p>;
  return (
    <div className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2">
      <p className="font-medium">Overwrite removes from the current API:</p>
      <ul className="mt-1 flex flex-col gap-0.5 font-mono text-xs">
        {removed.map((resource) => (
          <li key={resource.path}>
            {resource.wholeResource ? `${resource.path} (resource${resource.methods.length ? ` with ${resource.methods.join(", ")}` : ""})` : `${resource.methods.join(", ")} ${resource.path}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
