"use client";

import { usePathname, useRouter } from "next/navigation";
import type { ResourceWithMethods } from "@/lib/aws/resource-methods";
import { TestInvokePanel } from "@/components/designer/test-invoke-panel";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

type TestInvokePageClientProps = {
  envId: string;
  restApiId: string;
  resources: ResourceWithMethods[];
  stages: { stageName: string; invokeUrl: string }[];
  selected: { resourceId?: string; method?: string };
  canInvoke: boolean;
};

/** The API's test console: pick a resource and method (kept in the URL), then test it. */
export function TestInvokePageClient({ envId, restApiId, resources, stages, selected, canInvoke }: TestInvokePageClientProps) {
  const router = useRouter();
  const pathname = usePathname();
  const withMethods = resources.filter((resource) => resource.methods.length > 0);
  const resource = withMethods.find((candidate) => candidate.id === selected.resourceId) ?? withMethods[0];
  const method = resource?.methods.find((candidate) => candidate === selected.method) ?? resource?.methods[0];
  const select = (resourceId: string, httpMethod: string | undefined) =>
    router.replace(`${pathname}?resource=${encodeURIComponent(resourceId)}${httpMethod ? `&method=${encodeURIComponent(httpMethod)}` : ""}`, { scroll: false });

  if (!resource || !method) {
    return (
      <EmptyState title="Nothing to test yet">
        This API has no methods. Add a method to a resource (or import an OpenAPI document), then test it here.
      </EmptyState>
    );
  }
  return (
    <div className="flex max-w-5xl flex-col gap-5">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Resource" className="w-80">
          {(control) => (
            <Select
              {...control}
              value={resource.id}
              onValueChange={(resourceId) => select(resourceId, withMethods.find((candidate) => candidate.id === resourceId)?.methods[0])}
              options={withMethods.map((candidate) => ({ value: candidate.id, label: candidate.path }))}
              className="font-mono"
            />
          )}
        </Field>
        <Field label="Method" className="w-36">
          {(control) => <Select {...control} value={method} onValueChange={(httpMethod) => select(resource.id, httpMethod)} options={resource.methods.map((verb) => ({ value: verb, label: verb }))} />}
        </Field>
      </div>
      <TestInvokePanel
        key={`${resource.id} ${method}`}
        envId={envId}
        restApiId={restApiId}
        resourceId={resource.id}
        resourcePath={resource.path}
        httpMethod={method}
        stages={stages}
        canInvoke={canInvoke}
      />
    </div>
  );
}
