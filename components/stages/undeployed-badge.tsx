import { Badge } from "@/components/ui/badge";
import { undeployedChangesLabel } from "@/lib/domain/stage";

/** "N undeployed changes" in amber, "Up to date" when none; unknown when the stage could not be exported. */
export function UndeployedBadge({ count }: { count: number | null }) {
  if (count === null) return <Badge>Changes unknown</Badge>;
  if (count === 0) return <Badge tone="success">Up to date</Badge>;
  return <Badge tone="warning">{undeployedChangesLabel(count)}</Badge>;
}
