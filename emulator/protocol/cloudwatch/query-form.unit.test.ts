import { describe, expect, it } from "vitest";
import { formToInput } from "./query-form";
import { xmlContent } from "./xml-writer";

describe("awsQuery form fields", () => {
  it("nests dotted members and turns .member.N into arrays in index order", () => {
    const form = new URLSearchParams(
      "Action=GetMetricData&Version=2010-08-01&MetricDataQueries.member.2.Id=b&MetricDataQueries.member.1.Id=a" +
        "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=Api&MetricDataQueries.member.10.Id=j&ScanBy=TimestampAscending",
    );
    expect(formToInput(form)).toEqual({
      MetricDataQueries: [{ Id: "a", MetricStat: { Metric: { Dimensions: [{ Name: "Api" }] } } }, { Id: "b" }, { Id: "j" }],
      ScanBy: "TimestampAscending",
    });
  });

  it("ignores keys that would reach the object prototype", () => {
    const input = formToInput(new URLSearchParams("__proto__.polluted=1&a.constructor.x=2&Namespace=N"));
    expect(input).toEqual({ Namespace: "N" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("awsQuery XML", () => {
  it("writes lists as member elements, maps as entries, timestamps as ISO 8601 and escapes text", () => {
    const xml = xmlContent({
      Label: "a<b>&'\"",
      Datapoints: [{ Timestamp: new Date(Date.UTC(2026, 10, 26, 9, 35)), Sum: 1.5, ExtendedStatistics: new Map([["p99", 2]]) }],
      Skipped: undefined,
    });
    expect(xml).toBe(
      "<Label>a&lt;b&gt;&amp;&apos;&quot;</Label><Datapoints><member><Timestamp>2026-11-26T09:35:00Z</Timestamp><Sum>1.5</Sum>" +
        "<ExtendedStatistics><entry><key>p99</key><value>2</value></entry></ExtendedStatistics></member></Datapoints>",
    );
  });
});
