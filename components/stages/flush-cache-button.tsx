"use client";

import { useState } from "react";
import { Eraser } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { useFlushStageCacheMutation } from "@/lib/data/stage-settings/flush-stage-cache-mutation";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";

/** Flushes the whole stage cache after a confirmation saying what that costs the integration. */
export function FlushCacheButton({ at, disabledReason }: { at: StageSettingsVariables; disabledReason: string | null }) {
  const [open, setOpen] = useState(false);
  const mutation = useFlushStageCacheMutation(() => {
    toast.success(`Flushed the cache of ${at.stageName}.`);
    setOpen(false);
  });
  return (
    <>
      <Button onClick={() => { mutation.reset(); setOpen(true); }} disabled={disabledReason !== null} title={disabledReason ?? undefined}>
        <Eraser aria-hidden /> Flush cache
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent size="sm" title={`Flush the cache of ${at.stageName}?`} description="Every cached response is dropped. Until the cache fills again, each request goes to the integration, which may slow responses and raise its load.">
          <DialogBody>
            <p className="text-[13px] text-muted-foreground">Sends FlushStageCache for stage {at.stageName}.</p>
            <FormAlert message={mutation.error?.message ?? null} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="danger" pending={mutation.isPending} onClick={() => mutation.mutate(at)}>
              Flush cache
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
