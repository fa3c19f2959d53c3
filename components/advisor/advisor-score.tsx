import { cn } from "@/components/ui/class-names";

/** Green from 90, amber from 60, red below: the same thresholds on every advisor screen. */
export function scoreTone(score: number): "success" | "warning" | "danger" {
  if (score >= 90) return "success";
  return score >= 60 ? "warning" : "danger";
}

const toneClass = { success: "text-success", warning: "text-warning", danger: "text-danger" } as const;

/** "Score 72 / 100" */
export function AdvisorScore({ score, size = "md" }: { score: number; size?: "sm" | "md" }) {
  return (
    <span className="flex items-baseline gap-1" aria-label={`Score ${score} out of 100`}>
      {size === "md" ? <span className="text-xs text-muted-foreground">Score</span> : null}
      <span className={cn("font-semibold tabular-nums", size === "md" ? "text-xl" : "text-[13px]", toneClass[scoreTone(score)])}>{score}</span>
      <span className="text-xs text-muted-foreground">/ 100</span>
    </span>
  );
}
