import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { PlanRun } from "@/lib/domain/plan-runner";

/** After a run: success in one line, or what was applied and a way to retry the rest. */
export function PlanRunSummary({ run, summary, onRetry, retrying }: { run: PlanRun; summary: string; onRetry: () => void; retrying: boolean }) {
  if (!run.failed) {
    return (
      <p role="status" className="text-[13px] text-success">
        {summary}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={`${summary} The applied calls stay in place; retrying plans only what is still missing.`} />
      <div>
        <Button onClick={onRetry} pending={retrying}>
          Retry the rest
        </Button>
      </div>
    </div>
  );
}
