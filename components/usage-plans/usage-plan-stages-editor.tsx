"use client";

import { useState } from "react";
import { Trash2, X } from "lucide-react";
import { apiStageId, describeThrottle, methodThrottleKey, type MethodThrottle, type UsagePlanStage, type UsagePlanSummary } from "@/lib/domain/usage-plan";
import { SaveBar } from "@/components/forms/save-bar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AddApiStageDialog } from "./add-api-stage-dialog";
import { MethodThrottleDialog } from "./method-throttle-dialog";
import { operationCount, PatchOperationsPreview } from "./patch-operations-preview";
import { useUsagePlanSave } from "./use-usage-plan-save";

type StagesEditorProps = { envId: string; plan: UsagePlanSummary; apis: ReadonlyArray<{ id: string; name: string }>; canEdit: boolean };

/** The plan's API stages and their per-method throttles; changes collect into one reviewed UpdateUsagePlan. */
export function UsagePlanStagesEditor({ envId, plan, apis, canEdit }: StagesEditorProps) {
  const [stages, setStages] = useState<UsagePlanStage[]>(plan.apiStages);
  const { operations, save, pending, formError, reset } = useUsagePlanSave(envId, plan, { ...plan, apiStages: stages });
  const apiName = (apiId: string) => apis.find((api) => api.id === apiId)?.name ?? apiId;
  const updateStage = (id: string, change: (stage: UsagePlanStage) => UsagePlanStage | null) =>
    setStages((current) => current.flatMap((stage) => (apiStageId(stage) === id ? [change(stage)].filter((next): next is UsagePlanStage => next !== null) : [stage])));
  const setThrottle = (id: string, throttle: MethodThrottle) =>
    updateStage(id, (stage) => ({ ...stage, methodThrottles: [...stage.methodThrottles.filter((entry) => methodThrottleKey(entry) !== methodThrottleKey(throttle)), throttle] }));
  const removeThrottle = (id: string, key: string) => updateStage(id, (stage) => ({ ...stage, methodThrottles: stage.methodThrottles.filter((entry) => methodThrottleKey(entry) !== key) }));
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <div className="flex justify-end">
          <AddApiStageDialog envId={envId} apis={apis} taken={new Set(stages.map(apiStageId))} onAdd={(stage) => setStages((current) => [...current, stage])} />
        </div>
      ) : null}
      {stages.length === 0 ? (
        <EmptyState title="No API stages yet">Keys in this plan cannot call anything until a stage is added. Methods that require an API key accept only keys in a plan for their stage.</EmptyState>
      ) : (
        <Table label="API stages in the plan">
          <TableHeader>
            <TableRow>
              <TableHead>API</TableHead>
              <TableHead>Stage</TableHead>
              <TableHead>Method throttles per key</TableHead>
              {canEdit ? <TableHead className="w-px text-right">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {stages.map((stage) => {
              const id = apiStageId(stage);
              const label = `${apiName(stage.apiId)} · ${stage.stage}`;
              return (
                <TableRow key={id}>
                  <TableCell>
                    <div className="font-medium">{apiName(stage.apiId)}</div>
                    <div className="font-mono text-xs text-muted-foreground">{stage.apiId}</div>
                  </TableCell>
                  <TableCell>{stage.stage}</TableCell>
                  <TableCell>
                    {stage.methodThrottles.length === 0 ? <span className="text-muted-foreground">Plan throttle applies</span> : (
                      <ul className="flex flex-col gap-0.5">
                        {stage.methodThrottles.map((throttle) => (
                          <li key={methodThrottleKey(throttle)} className="flex items-center gap-2">
                            <span className="font-mono text-xs">{throttle.httpMethod} {throttle.resourcePath}</span>
                            <span className="tabular-nums text-muted-foreground">{describeThrottle(throttle)}</span>
                            {canEdit ? (
                              <Button size="icon-sm" variant="ghost" aria-label={`Remove throttle of ${throttle.httpMethod} ${throttle.resourcePath} on ${label}`} onClick={() => removeThrottle(id, methodThrottleKey(throttle))}>
                                <X aria-hidden />
                              </Button>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                  {canEdit ? (
                    <TableCell>
                      <div className="flex items-center justify-end gap-1">
                        <MethodThrottleDialog envId={envId} apiId={stage.apiId} stageLabel={label} onSet={(throttle) => setThrottle(id, throttle)} />
                        <Button size="icon-sm" variant="ghost" aria-label={`Remove ${label} from the plan`} onClick={() => updateStage(id, () => null)}>
                          <Trash2 aria-hidden />
                        </Button>
                      </div>
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {canEdit ? (
        // Its own form: the dialogs above render in portals, and their submits must not bubble into this one.
        <form noValidate aria-label="Save API stage changes" onSubmit={(event) => (event.preventDefault(), save())} className="flex flex-col rounded-lg border border-border">
          <div className="flex flex-col gap-3 p-3 empty:hidden">
            {formError ? <FormAlert message={formError} /> : null}
            {operations.length > 0 ? <PatchOperationsPreview usagePlanId={plan.id} operations={operations} /> : null}
          </div>
          <SaveBar changes={operationCount(operations.length)} pending={pending} onDiscard={() => (setStages(plan.apiStages), reset())} />
        </form>
      ) : null}
    </div>
  );
}
