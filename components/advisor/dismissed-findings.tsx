"use client";

import { RotateCcw } from "lucide-react";
import { useRestoreAdvisorFindingMutation } from "@/lib/data/advisor/restore-advisor-finding-mutation";
import type { DismissedFinding } from "@/lib/domain/advisor/api-advice";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { RelativeTime } from "@/components/ui/relative-time";
import { toast } from "@/components/ui/toaster";
import { FindingList } from "./finding-list";

/** Dismissed findings with who dismissed them and why; an editor can restore each. */
export function DismissedFindings({ envId, restApiId, dismissed, canEdit }: { envId: string; restApiId: string; dismissed: DismissedFinding[]; canEdit: boolean }) {
  const restore = useRestoreAdvisorFindingMutation(() => toast.success("Finding restored"));
  if (dismissed.length === 0) return null;
  return (
    <section aria-labelledby="dismissed-heading" className="flex flex-col gap-2">
      <h2 id="dismissed-heading" className="text-[13px] font-semibold">
        Dismissed <span className="font-normal text-muted-foreground">({dismissed.length})</span>
      </h2>
      <FormAlert message={restore.error?.message ?? null} />
      <FindingList
        label="Dismissed findings"
        compact
        findings={dismissed}
        footer={(finding) => (
          <p className="text-xs text-muted-foreground">
            “{finding.dismissal.reason}”: {finding.dismissal.dismissedBy}
            {finding.dismissal.createdAt ? (
              <>
                , <RelativeTime iso={finding.dismissal.createdAt} />
              </>
            ) : null}
          </p>
        )}
        actions={(finding) =>
          canEdit ? (
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Restore: ${finding.title}`}
              pending={restore.isPending && restore.variables?.findingKey === finding.key}
              onClick={() => restore.mutate({ envId, restApiId, findingKey: finding.key })}
            >
              <RotateCcw aria-hidden />
              Restore
            </Button>
          ) : null
        }
      />
    </section>
  );
}
