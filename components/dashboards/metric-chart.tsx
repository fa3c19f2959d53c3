"use client";

import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatTime, formatValue, type ChartLine, type ChartRow, type ChartUnit, type Timezone } from "./chart-data";
import { chartDashes, chartPalette } from "./chart-palette";

export type MetricChartProps = {
  lines: ChartLine[];
  rows: ChartRow[];
  unit: ChartUnit;
  timezone: Timezone;
  spanMs: number;
  /** Called with the first and last bucket of a drag across the chart. */
  onZoom: (fromT: number, toT: number) => void;
};

type PointerState = { activeLabel?: string | number } | null | undefined;

/** The recharts drawing of one chart (loaded only on dashboard routes). Gaps stay gaps: lines never connect nulls. */
export default function MetricChart({ lines, rows, unit, timezone, spanMs, onZoom }: MetricChartProps) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const labelOf = (state: PointerState) => (state?.activeLabel === undefined ? null : Number(state.activeLabel));
  return (
    <ResponsiveContainer width="100%" height={180}>
      <LineChart
        data={rows}
        accessibilityLayer
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        onMouseDown={(state: PointerState) => {
          const t = labelOf(state);
          if (t !== null) setDrag({ from: t, to: t });
        }}
        onMouseMove={(state: PointerState) => {
          const t = labelOf(state);
          if (drag && t !== null) setDrag({ ...drag, to: t });
        }}
        onMouseUp={() => {
          if (drag && drag.from !== drag.to) onZoom(drag.from, drag.to);
          setDrag(null);
        }}
        style={{ userSelect: "none" }}
      >
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(t: number) => formatTime(t, timezone, spanMs).replace(" UTC", "")}
          tick={{ fontSize: 11, fill: "var(--muted-foreground)" }}
          stroke="var(--border-strong)"
          minTickGap={40}
        />
        <YAxis
          width={56}
          tick={{ fontSize: 11, fill: "var(--muted-foreground)" }}
          stroke="var(--border-strong)"
          tickFormatter={(value: number) => formatValue(value, unit)}
          allowDecimals={unit !== "count"}
        />
        <Tooltip
          labelFormatter={(t) => formatTime(Number(t), timezone, spanMs)}
          formatter={(value) => formatValue(value === null || value === undefined ? null : Number(value), unit)}
          contentStyle={{ background: "var(--surface-raised)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12 }}
          labelStyle={{ color: "var(--foreground)" }}
        />
        {lines.map((line, index) => (
          <Line
            key={line.id}
            dataKey={line.id}
            name={line.label}
            stroke={chartPalette[index % chartPalette.length]}
            strokeDasharray={chartDashes[index % chartDashes.length]}
            strokeWidth={1.5}
            // Sparse data (a burst, isolated minutes) would be invisible as lines between gaps, so it gets dots.
            dot={rows.filter((row) => row[line.id] != null).length <= 60 ? { r: 2.5 } : false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
        {drag && drag.from !== drag.to ? <ReferenceArea x1={drag.from} x2={drag.to} fill="var(--accent)" fillOpacity={0.12} /> : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
