"use client";

import { useState } from "react";
import { History } from "lucide-react";
import { toast } from "sonner";
import type { SampleTrafficApi } from "@/lib/domain/sample-traffic";
import { maxSyntheticDays } from "@/lib/domain/synthetic-traffic";
import { useGenerateSyntheticHistoryMutation } from "@/lib/data/metrics/generate-synthetic-history-mutation";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { ApiStageFields, initialTarget } from "./api-stage-fields";

/** Generates days of plausible AWS/ApiGateway history for one stage in the sandbox, labelled synthetic on every dashboard. */
export function SyntheticHistoryDialog({ envId, apis, stage }: { envId: string; apis: SampleTrafficApi[]; stage?: string }) {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState(() => initialTarget(apis, stage));
  const [days, setDays] = useState("7");
  const [peak, setPeak] = useState("20");
  const mutation = useGenerateSyntheticHistoryMutation();
  const errors = mutation.error?.fieldErrors;

  const generate = () =>
    mutation.mutate(
      { envId, restApiId: target.apiId, stage: target.stage, days: Number(days), peakRequestsPerMinute: Number(peak), seed: Date.now() % 2 ** 31 },
      {
        onSuccess: (result) => {
          toast.success(`Generated ${result.days} days of synthetic history (${result.requests.toLocaleString("en-US")} requests).`);
          setOpen(false);
        },
      },
    );

  return (
    <Dialog open={open} onOpenChange={(next) => !mutation.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button>
          <History aria-hidden />
          Generate history
        </Button>
      </DialogTrigger>
      <DialogContent title="Generate synthetic history" description="Publishes made-up AWS/ApiGateway metrics into the sandbox (daily and weekly shape, errors, latency). Dashboards label it synthetic.">
        <DialogBody>
          <ApiStageFields apis={apis} apiId={target.apiId} stage={target.stage} onChange={(apiId, stage) => setTarget({ apiId, stage })} errors={errors} />
          <div className="grid grid-cols-2 gap-3">
            <Field label="Days" errors={errors?.days} hint={`1 to ${maxSyntheticDays} (CloudWatch's limit for past data).`}>
              {(control) => <Input {...control} type="number" min={1} max={maxSyntheticDays} value={days} onChange={(e) => setDays(e.target.value)} />}
            </Field>
            <Field label="Peak requests per minute" errors={errors?.peakRequestsPerMinute}>
              {(control) => <Input {...control} type="number" min={1} max={100000} value={peak} onChange={(e) => setPeak(e.target.value)} />}
            </Field>
          </div>
          <FormAlert message={mutation.error && Object.keys(mutation.error.fieldErrors).length === 0 ? mutation.error.message : null} />
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setOpen(false)} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button variant="primary" onClick={generate} pending={mutation.isPending}>
            Generate
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
