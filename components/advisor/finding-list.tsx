import type { ReactNode } from "react";
import { subjectLabel } from "@/lib/domain/advisor/api-advice";
import type { Finding } from "@/lib/domain/advisor/types";
import { SeverityBadge } from "./severity-badge";

type FindingListProps<F extends Finding> = {
  findings: readonly F[];
  label: string;
  /** Compact: title, severity and subject only (stage page, method editor, deploy dialog). */
  compact?: boolean;
  actions?: (finding: F) => ReactNode;
  /** Extra lines under a finding (e.g. a dismissal's reason). */
  footer?: (finding: F) => ReactNode;
};

const usd = (amount: number) => `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} / month`;

/** The one way findings are listed, on the advisor pages and in every placement. */
export function FindingList<F extends Finding>({ findings, label, compact = false, actions, footer }: FindingListProps<F>) {
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-border rounded-md border border-border">
      {findings.map((finding) => (
        <li key={finding.key} aria-label={finding.title} className="flex flex-col gap-1.5 px-3 py-2.5">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <SeverityBadge severity={finding.severity} />
              <h3 className="text-[13px] font-medium">{finding.title}</h3>
              <span className="text-xs text-muted-foreground">{subjectLabel(finding.subject)}</span>
              {finding.monthlySavingUsd ? <span className="text-xs font-medium text-success">saves {usd(finding.monthlySavingUsd)}</span> : null}
            </div>
            {actions ? <div className="flex shrink-0 items-center gap-2">{actions(finding)}</div> : null}
          </div>
          {compact ? null : <FindingDetail finding={finding} />}
          {footer?.(finding)}
        </li>
      ))}
    </ul>
  );
}

function FindingDetail({ finding }: { finding: Finding }) {
  return (
    <div className="flex flex-col gap-1.5 text-[13px]">
      <p className="text-muted-foreground">{finding.why}</p>
      {finding.evidence.length > 0 ? (
        <ul aria-label="Evidence" className="flex flex-col gap-0.5 border-l-2 border-border pl-2.5 font-mono text-xs">
          {finding.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <span className="font-medium">Remedy: </span>
        {finding.remedy}
      </p>
    </div>
  );
}
