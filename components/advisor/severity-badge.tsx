import { Badge } from "@/components/ui/badge";
import type { AdvisorSeverity } from "@/lib/domain/advisor/types";

const tones = { high: "danger", medium: "warning", low: "neutral" } as const;
const labels: Record<AdvisorSeverity, string> = { high: "High", medium: "Medium", low: "Low" };

/** A finding's severity: red for high, amber for medium, grey for low (status colours only). */
export function SeverityBadge({ severity }: { severity: AdvisorSeverity }) {
  return <Badge tone={tones[severity]}>{labels[severity]}</Badge>;
}

/** "2 high · 1 medium", or a green "No findings". */
export function SeverityCounts({ counts }: { counts: Record<AdvisorSeverity, number> }) {
  const parts = (["high", "medium", "low"] as const).filter((severity) => counts[severity] > 0);
  if (parts.length === 0) return <Badge tone="success">No findings</Badge>;
  return (
    <span className="flex flex-wrap items-center gap-1">
      {parts.map((severity) => (
        <Badge key={severity} tone={tones[severity]}>
          {counts[severity]} {severity}
        </Badge>
      ))}
    </span>
  );
}
