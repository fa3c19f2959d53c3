"use client";

import { useState } from "react";
import { Send } from "lucide-react";
import { toast } from "sonner";
import { maxSampleRequests, type SampleTrafficApi } from "@/lib/domain/sample-traffic";
import { useSendSampleTrafficMutation } from "@/lib/data/metrics/send-sample-traffic-mutation";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { ApiStageFields, initialTarget } from "./api-stage-fields";

/** Sends a bounded burst of requests to a deployed sandbox stage, with a progress bar, so a new dashboard has data. */
export function SampleTrafficDialog({ envId, apis, stage }: { envId: string; apis: SampleTrafficApi[]; stage?: string }) {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState(() => initialTarget(apis, stage));
  const [count, setCount] = useState("200");
  const [errorPercent, setErrorPercent] = useState("5");
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const api = apis.find((candidate) => candidate.id === target.apiId);
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const mutation = useSendSampleTrafficMutation((sent, total) => setProgress({ sent, total }));
  const targets = (api?.targets ?? []).filter((t) => !skipped.has(`${t.method} ${t.path}`));
  const total = Number(count);
  const countError = !Number.isInteger(total) || total < 1 || total > maxSampleRequests ? [`Enter 1 to ${maxSampleRequests.toLocaleString("en-US")} requests.`] : undefined;

  const send = () => {
    if (countError || !api) return;
    setProgress({ sent: 0, total });
    mutation.mutate(
      { envId, restApiId: api.id, stage: target.stage, total, targets, errorPercent: Number(errorPercent) || 0 },
      {
        onSuccess: (result) => {
          toast.success(`Sent ${result.sent} requests to ${api.name} (${target.stage}): ${result.clientErrors} 4XX, ${result.serverErrors} 5XX. Metrics appear within a minute.`);
          setOpen(false);
          setProgress(null);
        },
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={(next) => !mutation.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="primary">
          <Send aria-hidden />
          Send sample traffic
        </Button>
      </DialogTrigger>
      <DialogContent title="Send sample traffic" description="Requests go through the sandbox's data plane, exactly as a client's would, and publish the same metrics.">
        <DialogBody>
          <ApiStageFields apis={apis} apiId={target.apiId} stage={target.stage} onChange={(apiId, stage) => setTarget({ apiId, stage })} errors={mutation.error?.fieldErrors} />
          <div className="grid grid-cols-2 gap-3">
            <Field label="Requests" errors={countError ?? mutation.error?.fieldErrors.count} hint={`At most ${maxSampleRequests.toLocaleString("en-US")}.`}>
              {(control) => <Input {...control} type="number" min={1} max={maxSampleRequests} value={count} onChange={(e) => setCount(e.target.value)} />}
            </Field>
            <Field label="Errors (%)" errors={mutation.error?.fieldErrors.errorPercent} hint="Sent to a missing path (4XX).">
              {(control) => <Input {...control} type="number" min={0} max={50} value={errorPercent} onChange={(e) => setErrorPercent(e.target.value)} />}
            </Field>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-[13px] font-medium">Paths</legend>
            {(api?.targets ?? []).slice(0, 12).map((t) => {
              const key = `${t.method} ${t.path}`;
              return <CheckboxField key={key} label={key} checked={!skipped.has(key)} onCheckedChange={(on) => setSkipped((old) => toggled(old, key, !on))} />;
            })}
          </fieldset>
          {progress ? (
            <div className="flex flex-col gap-1">
              <progress className="h-2 w-full accent-(--accent)" max={progress.total} value={progress.sent} aria-label="Requests sent" />
              <p className="text-xs text-muted-foreground" aria-live="polite">
                {progress.sent.toLocaleString("en-US")} of {progress.total.toLocaleString("en-US")} sent
              </p>
            </div>
          ) : null}
          <FormAlert message={mutation.error && Object.keys(mutation.error.fieldErrors).length === 0 ? mutation.error.message : null} />
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setOpen(false)} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button variant="primary" onClick={send} pending={mutation.isPending} disabled={targets.length === 0 || Boolean(countError)}>
            Send {Number.isInteger(total) && total > 0 ? total.toLocaleString("en-US") : ""} requests
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function toggled(set: Set<string>, key: string, present: boolean): Set<string> {
  const next = new Set(set);
  if (present) next.add(key);
  else next.delete(key);
  return next;
}
