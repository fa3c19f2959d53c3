import { formatUsd, type CostLine } from "@/lib/domain/cost-model";

/** A dollar amount whose arithmetic shows on hover and to screen readers. */
export function CostAmount({ amount, arithmetic, estimate = false }: { amount: number; arithmetic?: string; estimate?: boolean }) {
  // A charge too small to show in cents still is one: say so rather than print $0.00.
  const shown = amount > 0 && amount < 0.005 ? "< $0.01" : formatUsd(amount);
  const text = `${estimate ? "≈ " : ""}${shown}`;
  if (!arithmetic) return <span className="tabular-nums">{text}</span>;
  return (
    <span className="tabular-nums underline decoration-dotted decoration-border-strong underline-offset-4" title={arithmetic}>
      {text}
      <span className="sr-only"> ({arithmetic})</span>
    </span>
  );
}

/** "333 M × $3.50 + 167 M × $2.80" for a set of lines. */
export function arithmeticOf(lines: CostLine[]): string {
  return lines.length === 0 ? "no requests" : lines.map((line) => `${line.arithmetic} = ${formatUsd(line.amount)}`).join(" + ");
}

const counts = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** "1.2M requests" with the exact number on hover. */
export function RequestCount({ value }: { value: number }) {
  const exact = Math.round(value).toLocaleString("en-US");
  return (
    <span className="tabular-nums" title={`${exact} requests`}>
      {value < 10_000 ? exact : counts.format(value)}
    </span>
  );
}
