import { ChevronsUpDown, Lock } from "lucide-react";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/class-names";

export function EnvironmentLabel({ environment, className }: { environment: EnvironmentSummary; className?: string }) {
  const sandbox = environment.kind === "sandbox";
  return (
    <span className={cn("flex min-w-0 items-center gap-2", className)}>
      <span className={cn("size-2 shrink-0 rounded-full", sandbox ? "bg-success" : "bg-subtle-foreground")} aria-hidden />
      <span className="truncate font-medium">{environment.name}</span>
      <span className="shrink-0 font-mono text-xs text-muted-foreground">{sandbox ? "local" : environment.region}</span>
      {environment.protected ? (
        <Badge tone="warning" title="Protected environment">
          <Lock aria-hidden />
          Protected
        </Badge>
      ) : null}
    </span>
  );
}

/** What the switcher's button shows, before and after its menu has loaded. */
export function EnvironmentTriggerContent({ current }: { current: EnvironmentSummary | undefined }) {
  return (
    <>
      {current ? <EnvironmentLabel environment={current} /> : <span className="text-muted-foreground">Choose environment</span>}
      <ChevronsUpDown className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
    </>
  );
}

export const environmentTriggerClassName =
  "flex h-8 max-w-72 items-center gap-2 rounded-md border border-border-strong bg-surface-raised px-2.5 text-[13px] hover:bg-hover";

/** The switcher's accessible name: which environment this page works in. */
export function describeEnvironment(current: EnvironmentSummary | undefined): string {
  return current ? `Environment: ${describe(current)}. Switch environment` : "Choose an environment";
}

function describe(environment: EnvironmentSummary): string {
  const where = environment.kind === "sandbox" ? "local sandbox" : `AWS ${environment.region}`;
  return `${environment.name} (${where}${environment.protected ? ", protected" : ""})`;
}
