"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { usageChartRows, type UsageReportView } from "@/lib/domain/usage-report";
import { chartPalette } from "@/components/dashboards/chart-palette";

/** Requests per day, stacked by API key (loaded only when the usage tab is open). */
export default function UsageChart({ view }: { view: UsageReportView }) {
  return (
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={usageChartRows(view)} accessibilityLayer margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="day" tick={{ fontSize: 11, fill: "var(--muted-foreground)" }} stroke="var(--border-strong)" />
        <YAxis width={48} allowDecimals={false} tick={{ fontSize: 11, fill: "var(--muted-foreground)" }} stroke="var(--border-strong)" />
        <Tooltip
          formatter={(value) => `${Number(value).toLocaleString("en-US")} requests`}
          contentStyle={{ background: "var(--surface-raised)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12 }}
          labelStyle={{ color: "var(--foreground)" }}
          cursor={{ fill: "var(--hover)" }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {view.keys.map((key, index) => (
          <Bar key={key.keyId} dataKey={key.keyId} name={key.keyName} stackId="requests" fill={chartPalette[index % chartPalette.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
