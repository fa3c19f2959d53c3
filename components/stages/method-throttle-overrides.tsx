"use client";

import { useState } from "react";
import Link from "next/link";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import { settingValue, type AccountThrottle } from "@/lib/domain/effective-limits";
import { methodLabel, type MethodOverride, type StageMethod } from "@/lib/domain/stage-method-overrides";
import { formatBurst, formatRate } from "@/lib/domain/stage-throttle-limits";
import { MethodPicker } from "./method-picker";
import { RemoveOverrideDialog } from "./remove-override-dialog";
import { StageSettingsSection } from "./stage-settings-section";
import { ThrottleForm } from "./throttle-form";

type OverridesProps = { at: StageSettingsVariables; overrides: MethodOverride[]; methods: StageMethod[]; account: AccountThrottle; canChange: boolean };

const shownLimit = (value: number | undefined, format: (n: number) => string) => {
  const set = settingValue(value);
  return set === null ? <span className="text-muted-foreground">not set</span> : format(set);
};

/** Per-method throttle overrides: each replaces the stage default for its method. */
export function MethodThrottleOverrides({ at, overrides, methods, account, canChange }: OverridesProps) {
  const [editing, setEditing] = useState<{ method: { resourcePath: string; httpMethod: string } | null; loaded: MethodOverride["values"] } | null>(null);
  const [removing, setRemoving] = useState<MethodOverride | null>(null);
  return (
    <StageSettingsSection
      title="Method overrides"
      description="A method with its own setting is throttled by it instead of by the stage default."
      actions={
        canChange ? (
          <Button size="sm" onClick={() => setEditing({ method: null, loaded: {} })}>
            <Plus aria-hidden /> Add override
          </Button>
        ) : null
      }
    >
      {overrides.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border px-4 py-3 text-[13px] text-muted-foreground">No method has a setting of its own: the stage default applies to every method.</p>
      ) : (
        <Table label="Method throttle overrides">
          <TableHeader>
            <TableRow>
              <TableHead>Method</TableHead>
              <TableHead className="text-right">Rate</TableHead>
              <TableHead className="text-right">Burst</TableHead>
              {canChange ? <TableHead className="w-24"><span className="sr-only">Actions</span></TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {overrides.map((override) => (
              <TableRow key={override.key}>
                <TableCell className="font-mono">
                  {override.method ? <Link className="hover:underline" href={`/env/${at.envId}/apis/${at.restApiId}/resources/${override.method.resourceId}/methods/${override.httpMethod}`}>{methodLabel(override)}</Link> : methodLabel(override)}
                </TableCell>
                <TableCell className="text-right tabular-nums">{shownLimit(override.values.throttlingRateLimit, formatRate)}</TableCell>
                <TableCell className="text-right tabular-nums">{shownLimit(override.values.throttlingBurstLimit, formatBurst)}</TableCell>
                {canChange ? (
                  <TableCell className="text-right">
                    <Button variant="ghost" size="icon-sm" aria-label={`Edit the throttle of ${methodLabel(override)}`} onClick={() => setEditing({ method: override, loaded: override.values })}>
                      <Pencil aria-hidden />
                    </Button>
                    <Button variant="ghost" size="icon-sm" aria-label={`Remove the override of ${methodLabel(override)}`} onClick={() => setRemoving(override)}>
                      <Trash2 aria-hidden />
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing ? <OverrideDialog at={at} methods={methods} overrides={overrides} account={account} initial={editing} onClose={() => setEditing(null)} /> : null}
      {removing ? <RemoveOverrideDialog at={at} override={removing} onClose={() => setRemoving(null)} /> : null}
    </StageSettingsSection>
  );
}

type OverrideDialogProps = { at: StageSettingsVariables; methods: StageMethod[]; overrides: MethodOverride[]; account: AccountThrottle; initial: { method: { resourcePath: string; httpMethod: string } | null; loaded: MethodOverride["values"] }; onClose: () => void };

function OverrideDialog({ at, methods, overrides, account, initial, onClose }: OverrideDialogProps) {
  const [picked, setPicked] = useState(initial.method ? methodLabel(initial.method) : "");
  const method = initial.method ?? methods.find((candidate) => methodLabel(candidate) === picked) ?? null;
  // Picking a method that already has an entry edits that entry (AWS keeps one per method).
  const loaded = initial.method ? initial.loaded : (overrides.find((o) => method && methodLabel(o) === methodLabel(method))?.values ?? {});
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent title={initial.method ? `Throttle ${methodLabel(initial.method)}` : "Add a method override"} description="The method's own rate and burst replace the stage default for it.">
        <DialogBody>
          {initial.method ? null : (
            <Field label="Method">{(control) => <MethodPicker {...control} methods={methods} value={picked} onValueChange={setPicked} />}</Field>
          )}
          {method ? (
            <ThrottleForm key={methodLabel(method)} at={at} target={{ resourcePath: method.resourcePath, httpMethod: method.httpMethod }} loaded={loaded} account={account} layout="dialog" onDone={onClose} />
          ) : (
            <p className="text-[13px] text-muted-foreground">Choose the method to throttle.</p>
          )}
        </DialogBody>
      </DialogContent>
    </Dialog>
  );
}
