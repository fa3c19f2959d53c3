"use client";

import { useState } from "react";
import type { ApiKeySummary } from "@/lib/domain/api-key";
import type { UsagePlanSummary } from "@/lib/domain/usage-plan";
import { useAttachApiKeyMutation } from "@/lib/data/usage-plans/attach-api-key-mutation";
import { useDetachApiKeyMutation } from "@/lib/data/usage-plans/detach-api-key-mutation";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";

type KeysPanelProps = { envId: string; plan: UsagePlanSummary; apiKeys: readonly ApiKeySummary[]; canEdit: boolean };

/** The plan's API keys: attach an existing key, create one straight into the plan, or detach. */
export function UsagePlanKeysPanel({ envId, plan, apiKeys, canEdit }: KeysPanelProps) {
  const [choice, setChoice] = useState("");
  const members = apiKeys.filter((key) => key.usagePlanIds.includes(plan.id));
  const others = apiKeys.filter((key) => !key.usagePlanIds.includes(plan.id));
  const attach = useAttachApiKeyMutation(() => (toast.success(`API key attached to ${plan.name}`), setChoice("")));
  const detach = useDetachApiKeyMutation(() => toast.success(`API key detached from ${plan.name}`));
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <div className="flex items-end justify-between gap-3">
          <form noValidate className="flex items-end gap-2" onSubmit={(event) => (event.preventDefault(), choice && attach.mutate({ envId, usagePlanId: plan.id, apiKeyId: choice }))}>
            <Field label="Attach an existing key" className="w-72" errors={attach.error ? [attach.error.message] : undefined} hint={others.length === 0 ? "Every key is already in this plan." : undefined}>
              {(control) => <Select {...control} value={choice} onValueChange={setChoice} options={others.map((key) => ({ value: key.id, label: key.name, description: key.id }))} placeholder="Choose an API key" disabled={others.length === 0} />}
            </Field>
            <Button type="submit" disabled={!choice} pending={attach.isPending}>
              Attach
            </Button>
          </form>
          <CreateApiKeyDialog envId={envId} usagePlan={{ id: plan.id, name: plan.name }} />
        </div>
      ) : null}
      {members.length === 0 ? (
        <EmptyState title="No API keys in this plan">Attach a key, or create one: a client calling the plan&apos;s stages sends it in the x-api-key header.</EmptyState>
      ) : (
        <Table label="API keys in the plan">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Status</TableHead>
              {canEdit ? <TableHead className="w-px text-right">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((key) => (
              <TableRow key={key.id}>
                <TableCell>
                  <div className="font-medium">{key.name}</div>
                  <div className="font-mono text-xs text-muted-foreground">{key.id}</div>
                </TableCell>
                <TableCell>{key.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>}</TableCell>
                {canEdit ? (
                  <TableCell className="text-right">
                    <Button size="sm" variant="ghost" aria-label={`Detach ${key.name} from ${plan.name}`} onClick={() => detach.mutate({ envId, usagePlanId: plan.id, apiKeyId: key.id }, { onError: (error) => toast.error(error.message) })}>
                      Detach
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
