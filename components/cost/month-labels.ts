const monthFormat = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** "December 2026" and "November 2026" for the billing month containing `now` (UTC). */
export function monthLabels(now: Date): { month: string; lastMonth: string } {
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { month: monthFormat.format(now), lastMonth: monthFormat.format(lastMonth) };
}
