"use client";

import { useState, useTransition } from "react";
import { CircleCheck, CircleX, PlugZap } from "lucide-react";
import { testEnvironmentConnectionAction } from "@/lib/actions/environments/test-environment-connection";
import { Button } from "@/components/ui/button";

type Outcome = { ok: boolean; message: string };

/** Calls AWS (or the sandbox) with the environment's credentials and says, in plain words, what happened. */
export function TestConnection({ environmentId, environmentName }: { environmentId: string; environmentName: string }) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const test = () =>
    startTransition(async () => {
      const result = await testEnvironmentConnectionAction({ id: environmentId }).catch(() => null);
      if (!result) setOutcome({ ok: false, message: "Cannot reach the Archway server." });
      else if (!result.ok) setOutcome({ ok: false, message: result.error.message });
      else setOutcome(result.data);
    });
  return (
    <div className="flex min-w-0 flex-col items-start gap-1.5">
      <Button size="sm" onClick={test} pending={pending} aria-label={`Test connection to ${environmentName}`}>
        {pending ? null : <PlugZap aria-hidden />}
        Test connection
      </Button>
      <p aria-live="polite" className="max-w-80 text-xs">
        {outcome && !pending ? (
          <span className={outcome.ok ? "flex items-start gap-1 text-success" : "flex items-start gap-1 text-danger"}>
            {outcome.ok ? <CircleCheck className="mt-px size-3.5 shrink-0" aria-hidden /> : <CircleX className="mt-px size-3.5 shrink-0" aria-hidden />}
            <span>{outcome.message}</span>
          </span>
        ) : null}
      </p>
    </div>
  );
}
