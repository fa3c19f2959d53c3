"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import type { MethodThrottle } from "@/lib/domain/usage-plan";
import { useApiMethodsQuery } from "@/lib/data/usage-plans/api-methods-query";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { emptyLimitsForm, parseLimitsForm } from "./usage-plan-limits-form";

type MethodThrottleDialogProps = { envId: string; apiId: string; stageLabel: string; onSet: (throttle: MethodThrottle) => void };

/** A per-key throttle for one method of one API stage in the plan, tighter than the plan's own. */
export function MethodThrottleDialog({ envId, apiId, stageLabel, onSet }: MethodThrottleDialogProps) {
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState("");
  const [limits, setLimits] = useState({ rateLimit: "", burstLimit: "" });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const methods = useApiMethodsQuery(envId, apiId, open);
  const options = (methods.data ?? []).map((entry) => ({ value: `${entry.resourcePath} ${entry.httpMethod}`, label: `${entry.httpMethod} ${entry.resourcePath}` }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseLimitsForm({ ...emptyLimitsForm, ...limits });
    const problems = { ...parsed.errors, ...(method ? {} : { method: ["Choose a method."] }), ...(parsed.throttle ? {} : { "throttle.rateLimit": ["Set a rate, a burst or both."] }) };
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !parsed.throttle) return;
    const [resourcePath, httpMethod] = method.split(" ") as [string, string];
    onSet({ resourcePath, httpMethod, ...parsed.throttle });
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost" aria-label={`Add method throttle to ${stageLabel}`}>
          <Plus aria-hidden />
          Method throttle
        </Button>
      </DialogTrigger>
      <DialogContent title="Method throttle" size="sm" description={`Per API key, on ${stageLabel}.`}>
        <form noValidate onSubmit={submit}>
          <DialogBody>
            <Field label="Method" errors={errors.method} hint={methods.isPending ? "Reading the API's methods…" : methods.error?.message}>
              {(control) => <Select {...control} value={method} onValueChange={setMethod} options={options} placeholder="Choose a method" />}
            </Field>
            <div className="grid grid-cols-2 gap-3">
              <Field label="Rate (req/s)" optional errors={errors["throttle.rateLimit"]}>
                {(control) => <Input {...control} inputMode="decimal" value={limits.rateLimit} onChange={(event) => setLimits({ ...limits, rateLimit: event.target.value })} />}
              </Field>
              <Field label="Burst (requests)" optional errors={errors["throttle.burstLimit"]}>
                {(control) => <Input {...control} inputMode="numeric" value={limits.burstLimit} onChange={(event) => setLimits({ ...limits, burstLimit: event.target.value })} />}
              </Field>
            </div>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary">
              Set throttle
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
