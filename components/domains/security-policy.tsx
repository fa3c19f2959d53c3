import { TriangleAlert } from "lucide-react";
import { securityPolicyWarning } from "@/lib/domain/domain-name";
import { Badge } from "@/components/ui/badge";

const policyLabels: Record<string, string> = { TLS_1_2: "TLS 1.2", TLS_1_0: "TLS 1.0" };

export const securityPolicyOptions = [
  { value: "TLS_1_2", label: "TLS 1.2 (recommended)", description: "Clients must use TLS 1.2 or newer." },
  { value: "TLS_1_0", label: "TLS 1.0 (legacy)", description: "Also accepts TLS 1.0 and 1.1, for very old clients only." },
] as const;

/** The policy as a badge; TLS_1_0 is flagged in the warning colour with the one-line reason beside it. */
export function SecurityPolicy({ policy }: { policy: string }) {
  const warning = securityPolicyWarning(policy);
  const label = policyLabels[policy] ?? policy;
  if (!warning) return <Badge>{label}</Badge>;
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone="warning">
        <TriangleAlert aria-hidden />
        {label}
      </Badge>
      <span className="text-xs text-muted-foreground">{warning}</span>
    </span>
  );
}
