import { describe, expect, it } from "vitest";
import { generateSyntheticHistory, metricDataBodies, seededRandom, syntheticMarkerSeen, syntheticTimestamps, trafficShape } from "./synthetic-traffic";

const now = Date.parse("2026-12-03T08:30:20Z");
const input = { apiName: "pets", stage: "prod", days: 2, now, seed: 7, peakRequestsPerMinute: 20 };

describe("generateSyntheticHistory", () => {
  it("gives the same history for the same seed and a different one for another seed", () => {
    expect(generateSyntheticHistory(input)).toEqual(generateSyntheticHistory(input));
    expect(generateSyntheticHistory({ ...input, seed: 8 }).requests).not.toBe(generateSyntheticHistory(input).requests);
  });

  it("publishes under ApiName and ApiName+Stage, and the requests add up to what it reports", () => {
    const { apiGateway, requests } = generateSyntheticHistory(input);
    const counts = apiGateway.filter((datum) => datum.MetricName === "Count");
    const byApi = counts.filter((datum) => datum.Dimensions.length === 1);
    const byStage = counts.filter((datum) => datum.Dimensions.length === 2);
    expect(byApi.reduce((sum, datum) => sum + datum.StatisticValues!.Sum, 0)).toBe(requests);
    expect(byStage.reduce((sum, datum) => sum + datum.StatisticValues!.Sum, 0)).toBe(requests);
    expect(byStage[0]!.Dimensions).toEqual([{ Name: "ApiName", Value: "pets" }, { Name: "Stage", Value: "prod" }]);
  });

  it("keeps errors below requests and latency above integration latency", () => {
    const { apiGateway } = generateSyntheticHistory(input);
    for (let i = 0; i < apiGateway.length; i += 5) {
      const [count, e4, e5, integration, latency] = apiGateway.slice(i, i + 5);
      expect(e4!.StatisticValues!.Sum + e5!.StatisticValues!.Sum).toBeLessThanOrEqual(count!.StatisticValues!.Sum);
      expect(integration!.Counts!.reduce((a, b) => a + b, 0)).toBe(count!.StatisticValues!.Sum);
      expect(Math.min(...latency!.Values!)).toBeGreaterThan(Math.min(...integration!.Values!));
    }
  });

  it("marks every generated point so the dashboard can label it synthetic", () => {
    const { marker } = generateSyntheticHistory(input);
    expect(marker.length).toBeGreaterThan(0);
    const series = new Map([["syn0", { id: "syn0", label: "", timestamps: [1], values: [marker[0]!.StatisticValues!.Sum], complete: true }]]);
    expect(syntheticMarkerSeen(series)).toBe(true);
    expect(syntheticMarkerSeen(new Map([["count", { id: "count", label: "", timestamps: [1], values: [5], complete: true }]]))).toBe(false);
  });
});

describe("syntheticTimestamps", () => {
  it("uses whole minutes for the last 3 hours and 5 minutes before, never older than two weeks or in the future", () => {
    const stamps = syntheticTimestamps(30, now);
    expect(now - stamps[0]!).toBeLessThanOrEqual(14 * 86_400_000);
    expect(stamps.at(-1)!).toBeLessThan(now);
    expect(stamps.at(-1)! - stamps.at(-2)!).toBe(60_000);
    expect(stamps[1]! - stamps[0]!).toBe(300_000);
  });
});

describe("trafficShape", () => {
  it("is busier mid-afternoon than at night, and quieter at weekends", () => {
    expect(trafficShape(Date.parse("2026-12-03T14:00:00Z"))).toBeGreaterThan(trafficShape(Date.parse("2026-12-03T02:00:00Z")));
    expect(trafficShape(Date.parse("2026-12-05T14:00:00Z"))).toBeLessThan(trafficShape(Date.parse("2026-12-03T14:00:00Z")));
  });
});

describe("seededRandom and metricDataBodies", () => {
  it("stays within [0, 1) and splits data into bodies of at most 1,000", () => {
    const random = seededRandom(1);
    expect(Array.from({ length: 100 }, random).every((value) => value >= 0 && value < 1)).toBe(true);
    const { apiGateway } = generateSyntheticHistory(input);
    const bodies = metricDataBodies("AWS/ApiGateway", apiGateway);
    expect(bodies.every((body) => body.MetricData.length <= 1000)).toBe(true);
    expect(bodies.flatMap((body) => body.MetricData)).toHaveLength(apiGateway.length);
  });
});
