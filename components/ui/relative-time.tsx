"use client";

import { useSyncExternalStore } from "react";
import { Tooltip } from "./tooltip";

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 minutes ago"; under a minute reads "just now". */
export function formatRelative(iso: string, now: number): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

export function formatExact(iso: string): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "long" }).format(new Date(iso));
}

// Re-render once a minute so "2 minutes ago" stays true; the server renders the exact date until hydration.
function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
}
const minuteNow = () => Math.floor(Date.now() / 60_000) * 60_000;

export function RelativeTime({ iso }: { iso: string }) {
  const now = useSyncExternalStore(subscribe, minuteNow, () => null);
  const exact = formatExact(iso);
  return (
    <Tooltip content={exact}>
      <time dateTime={iso} tabIndex={0} className="whitespace-nowrap rounded-sm text-muted-foreground underline decoration-dotted decoration-border-strong underline-offset-4">
        {now === null ? iso.slice(0, 10) : formatRelative(iso, now)}
      </time>
    </Tooltip>
  );
}
