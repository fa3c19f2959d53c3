"use client";

import { useState } from "react";
import Link from "next/link";
import { Pencil, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import { useUpdateStageCachingMutation } from "@/lib/data/stage-settings/update-stage-caching-mutation";
import { methodCaching } from "@/lib/domain/method-caching";
import { methodSettingKey, methodSettingPatches } from "@/lib/domain/method-settings-patch";
import { methodLabel, type MethodOverride, type StageMethod } from "@/lib/domain/stage-method-overrides";
import type { MethodSettingValues, StageSettings } from "@/lib/domain/stage-settings";
import { CachingFields, cachingDraftOf, cachingValuesOf } from "./caching-fields";
import { PatchOperationsPreview } from "./patch-operations-preview";
import { RemoveOverrideDialog } from "./remove-override-dialog";

type MethodCachingTableProps = { at: StageSettingsVariables; methods: StageMethod[]; settings: StageSettings; canChange: boolean };

/** Every method with the caching it is served with, where that comes from, and its cache key parameters. */
export function MethodCachingTable({ at, methods, settings, canChange }: MethodCachingTableProps) {
  const [editing, setEditing] = useState<StageMethod | null>(null);
  const [removing, setRemoving] = useState<MethodOverride | null>(null);
  const editorHref = (method: StageMethod) => `/env/${at.envId}/apis/${at.restApiId}/resources/${method.resourceId}/methods/${method.httpMethod}`;
  if (methods.length === 0) return <p className="text-[13px] text-muted-foreground">The API has no methods yet.</p>;
  return (
    <>
      <Table label="Caching per method">
        <TableHeader>
          <TableRow>
            <TableHead>Method</TableHead>
            <TableHead>Caching</TableHead>
            <TableHead className="text-right">TTL</TableHead>
            <TableHead>Encrypted</TableHead>
            <TableHead>Cache key parameters</TableHead>
            {canChange ? <TableHead className="w-24"><span className="sr-only">Actions</span></TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {methods.map((method) => {
            const caching = methodCaching(settings.methodSettings, method);
            const own = settings.methodSettings[methodSettingKey(method)];
            return (
              <TableRow key={methodLabel(method)}>
                <TableCell className="font-mono">{methodLabel(method)}</TableCell>
                <TableCell>
                  {caching.enabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
                  <span className="ml-2 text-xs text-muted-foreground">{caching.source === "method" ? "own setting" : "stage default"}</span>
                </TableCell>
                <TableCell className="text-right tabular-nums">{caching.enabled ? `${caching.ttlSeconds} s` : "—"}</TableCell>
                <TableCell>{caching.enabled ? (caching.encrypted ? "Yes" : "No") : "—"}</TableCell>
                <TableCell>
                  {method.cacheKeyParameters.length === 0 ? <span className="text-muted-foreground">Path and method only</span> : <span className="font-mono text-xs">{method.cacheKeyParameters.join(", ")}</span>}
                  <Link href={editorHref(method)} className="ml-2 text-xs text-accent hover:underline">Change in the method editor</Link>
                </TableCell>
                {canChange ? (
                  <TableCell className="text-right">
                    <Button variant="ghost" size="icon-sm" aria-label={`Edit the caching of ${methodLabel(method)}`} onClick={() => setEditing(method)}>
                      <Pencil aria-hidden />
                    </Button>
                    {own ? (
                      <Button variant="ghost" size="icon-sm" aria-label={`Remove the own setting of ${methodLabel(method)}`} onClick={() => setRemoving({ key: methodSettingKey(method), resourcePath: method.resourcePath, httpMethod: method.httpMethod, values: own, method })}>
                        <Trash2 aria-hidden />
                      </Button>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {editing ? <MethodCachingDialog at={at} method={editing} loaded={settings.methodSettings[methodSettingKey(editing)] ?? {}} stageDefault={settings.methodSettings["*/*"] ?? {}} onClose={() => setEditing(null)} /> : null}
      {removing ? <RemoveOverrideDialog at={at} override={removing} onClose={() => setRemoving(null)} /> : null}
    </>
  );
}

type MethodCachingDialogProps = { at: StageSettingsVariables; method: StageMethod; loaded: MethodSettingValues; stageDefault: MethodSettingValues; onClose: () => void };

function MethodCachingDialog({ at, method, loaded, stageDefault, onClose }: MethodCachingDialogProps) {
  // A method without its own entry starts from the stage default, as AWS copies it into a new entry.
  const [draft, setDraft] = useState(cachingDraftOf(Object.keys(loaded).length > 0 ? loaded : stageDefault));
  const mutation = useUpdateStageCachingMutation((data) => {
    toast.success(`Sent ${data.patches.length} patch operations for ${methodLabel(method)}.`);
    onClose();
  });
  const target = { resourcePath: method.resourcePath, httpMethod: method.httpMethod };
  const values = cachingValuesOf(draft);
  const patches = Number.isFinite(values.cacheTtlInSeconds) ? methodSettingPatches(target, loaded, values) : [];
  const errors = mutation.error?.fieldErrors ?? {};
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent title={`Caching of ${methodLabel(method)}`} description="The method's own setting replaces the stage default for it.">
        <form onSubmit={(event) => { event.preventDefault(); mutation.mutate({ ...at, target, loaded: { settings: loaded }, edited: { settings: values } }); }}>
          <DialogBody>
            <CachingFields draft={draft} onChange={setDraft} errors={errors} errorPrefix="edited.settings." enableLabel="Cache responses of this method" enableDescription="Serve repeated requests from the stage cache instead of calling the integration." />
            <PatchOperationsPreview patches={patches} />
            <FormAlert message={mutation.error && (Object.keys(errors).length === 0 || mutation.error.code === "conflict") ? mutation.error.message : null} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" pending={mutation.isPending} disabled={patches.length === 0}>
              Save caching
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
