"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { UsageRange } from "@/lib/domain/usage-report";

/** The report's days (UTC) live in ?from=&to=, so a range can be shared; Refresh re-reads GetUsage. */
export function UsageRangeForm({ base, range }: { base: string; range: UsageRange }) {
  const router = useRouter();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    router.push(`${base}?tab=usage&from=${from}&to=${to}`);
    router.refresh();
  };
  return (
    <form noValidate onSubmit={apply} className="flex items-end gap-2">
      <Field label="From (UTC)">{(control) => <Input {...control} type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} className="w-40" />}</Field>
      <Field label="To (UTC)">{(control) => <Input {...control} type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} className="w-40" />}</Field>
      <Button type="submit">{from === range.from && to === range.to ? "Refresh" : "Show range"}</Button>
    </form>
  );
}
