import { describe, expect, it } from "vitest";
import { chartCsv, chartRows, formatTime, formatValue, lineSummary, totalsSentence, zoomParams } from "./chart-data";

const t0 = Date.parse("2026-12-03T08:00:00Z");
const minute = 60_000;
const range = { start: t0, end: t0 + 5 * minute, periodSeconds: 60 };
const series = [
  { id: "count", label: "Requests", timestamps: [t0, t0 + 2 * minute, t0 + 3 * minute], values: [4, 0, 7] },
  { id: "p99", label: "Latency p99", timestamps: [t0], values: [12.5] },
];

describe("chartRows", () => {
  it("keeps a missing bucket as a gap (null), a real zero as zero, and stops at now", () => {
    const rows = chartRows(series, range, t0 + 4 * minute + 1);
    expect(rows.map((row) => row.count)).toEqual([4, null, 0, 7, null]);
    expect(rows.map((row) => row.p99)).toEqual([12.5, null, null, null, null]);
    expect(chartRows(series, range, t0 + 2 * minute)).toHaveLength(2);
  });
});

describe("zoomParams", () => {
  it("turns a drag in either direction into a custom range that includes the last bucket", () => {
    const expected = { range: "custom", from: "2026-12-03T08:01:00.000Z", to: "2026-12-03T08:04:00.000Z" };
    expect(zoomParams(t0 + minute, t0 + 3 * minute, 60)).toEqual(expected);
    expect(zoomParams(t0 + 3 * minute, t0 + minute, 60)).toEqual(expected);
  });

  it("ignores a click that does not span two buckets", () => {
    expect(zoomParams(t0, t0, 60)).toBeNull();
  });
});

describe("formatTime", () => {
  it("labels in UTC or in the viewer's zone, with the date for spans over two days", () => {
    expect(formatTime(t0, "utc", 3_600_000)).toBe("08:00 UTC");
    expect(formatTime(t0, "local", 3_600_000, "Asia/Tokyo")).toBe("17:00");
    expect(formatTime(t0, "utc", 7 * 86_400_000)).toBe("3 Dec, 08:00 UTC");
  });
});

describe("chartCsv", () => {
  it("writes UTC times and leaves gaps empty rather than zero", () => {
    const csv = chartCsv(chartRows(series, range, t0 + 3 * minute), [{ id: "count", label: "Requests" }, { id: "p99", label: "Latency p99, ms" }]);
    expect(csv).toBe(
      'timestamp_utc,Requests,"Latency p99, ms"\n2026-12-03T08:00:00.000Z,4,12.5\n2026-12-03T08:01:00.000Z,,\n2026-12-03T08:02:00.000Z,0,\n',
    );
  });
});

describe("totalsSentence and lineSummary", () => {
  it("says requests, errors and p99 for the range", () => {
    expect(totalsSentence({ requests: 37, errors4xx: 0, errors5xx: null, p99: 12 }, "in the last hour")).toBe("37 requests, 0 errors, p99 12 ms in the last hour");
    expect(totalsSentence({ requests: null, errors4xx: null, errors5xx: null, p99: null }, "in the last hour")).toBe("No requests in the last hour");
  });

  it("summarises a line with its total, peak and gaps", () => {
    const rows = chartRows(series, range, t0 + 5 * minute);
    expect(lineSummary(rows, { id: "count", label: "Requests" }, "count", "utc", 3_600_000)).toBe("Requests: 11 in total, peak 7 at 08:03 UTC. 2 of 5 periods have no data.");
    expect(lineSummary(rows, { id: "none", label: "Cache hits" }, "count", "utc", 3_600_000)).toBe("Cache hits: no data in this range.");
  });

  it("formats numbers with units", () => {
    expect(formatValue(1234, "count")).toBe("1,234");
    expect(formatValue(2.345, "percent")).toBe("2.3 %");
    expect(formatValue(182.4, "ms")).toBe("182 ms");
    expect(formatValue(null, "ms")).toBe("–");
  });
});
