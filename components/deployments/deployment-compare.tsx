"use client";

import { usePathname, useRouter } from "next/navigation";
import type { StageRow } from "@/lib/deployments/stages-overview";
import type { DeploymentSummary } from "@/lib/domain/stage";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ComparePanel } from "@/components/stages/compare-panel";

type DeploymentCompareProps = { envId: string; restApiId: string; deployments: DeploymentSummary[]; stages: StageRow[]; before: string; after: string };

/** Pick two documents (deployments or stages); the choice lives in the URL so a comparison can be shared. */
export function DeploymentCompare({ envId, restApiId, deployments, stages, before, after }: DeploymentCompareProps) {
  const router = useRouter();
  const pathname = usePathname();
  const options = [
    { value: "working", label: "Working copy" },
    ...stages.map((stage) => ({ value: `stage:${stage.stageName}`, label: `Stage ${stage.stageName}` })),
    ...deployments.map((deployment) => ({ value: `deployment:${deployment.id}`, label: `${deployment.id}${deployment.description ? ` · ${deployment.description}` : ""}` })),
  ];
  const choose = (side: "before" | "after", value: string) => {
    const query = new URLSearchParams({ before, after, [side]: value });
    router.replace(`${pathname}?${query}`, { scroll: false });
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="From">{(control) => <Select {...control} value={before} onValueChange={(value) => choose("before", value)} options={options} placeholder="Choose…" />}</Field>
        <Field label="To">{(control) => <Select {...control} value={after} onValueChange={(value) => choose("after", value)} options={options} placeholder="Choose…" />}</Field>
      </div>
      {before && after ? <ComparePanel variables={{ envId, restApiId, before, after }} /> : <p className="text-[13px] text-muted-foreground">Choose two to compare.</p>}
    </div>
  );
}
