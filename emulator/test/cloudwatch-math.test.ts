import { describe, expect, it } from "vitest";
import {
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  PutMetricDataCommand,
  type MetricDataQuery,
  type MetricDatum,
} from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "./support/sandbox-for-file";
import { cloudWatchClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = cloudWatchClient(() => sandbox.url);

const MINUTE = 60_000;
/** A whole minute half an hour ago: inside every retention window, and far from "now". */
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 30 * MINUTE;
const at = (minutes: number) => new Date(base + minutes * MINUTE);
const window = { StartTime: at(-10), EndTime: at(10) };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
let namespaceCounter = 0;
const freshNamespace = () => `Archway/Math${++namespaceCounter}`;

const metricStat = (Id: string, Namespace: string, MetricName: string, Stat: string, extra: Partial<MetricDataQuery> = {}): MetricDataQuery => ({
  Id,
  MetricStat: { Metric: { Namespace, MetricName }, Period: 60, Stat },
  ...extra,
});

async function put(Namespace: string, MetricData: MetricDatum[]) {
  await client.send(new PutMetricDataCommand({ Namespace, MetricData }));
}

/** Runs the queries oldest first and returns each result's values by Id. */
async function valuesById(queries: MetricDataQuery[]): Promise<Record<string, number[]>> {
  const result = await client.send(new GetMetricDataCommand({ ...window, ScanBy: "TimestampAscending", MetricDataQueries: queries }));
  return Object.fromEntries(result.MetricDataResults!.map((r) => [r.Id!, r.Values ?? []]));
}

/** Requests: 10 at minute 0, 20 at minute 1, 50 at minute 3; Errors: 1 at minute 1. */
async function requestsAndErrors(): Promise<string> {
  const ns = freshNamespace();
  await put(ns, [
    { MetricName: "Requests", Timestamp: at(0), Value: 10 },
    { MetricName: "Requests", Timestamp: at(1), Value: 20 },
    { MetricName: "Requests", Timestamp: at(3), Value: 50 },
    { MetricName: "Errors", Timestamp: at(1), Value: 1 },
  ]);
  return ns;
}

describe("metric math functions through GetMetricData", () => {
  it("computes RATE, DIFF, DIFF_TIME, RUNNING_SUM and PERIOD over a metric query", async () => {
    const ns = await requestsAndErrors();
    const results = await valuesById([
      metricStat("m", ns, "Requests", "Sum", { ReturnData: false }),
      { Id: "rate", Expression: "RATE(m)" },
      { Id: "diff", Expression: "DIFF(m)" },
      { Id: "gaps", Expression: "DIFF_TIME(m)" },
      { Id: "running", Expression: "RUNNING_SUM(m)" },
      { Id: "persecond", Expression: "m / PERIOD(m)" },
    ]);
    // (20 - 10) / 60 s, then (50 - 20) / 120 s.
    expect(results.rate).toEqual([10 / 60, 0.25]);
    expect(results.diff).toEqual([10, 30]);
    expect(results.gaps).toEqual([60, 120]);
    // 10, 10 + 20, 30 + 50.
    expect(results.running).toEqual([10, 30, 80]);
    expect(results.persecond).toEqual([10 / 60, 20 / 60, 50 / 60]);
  });

  it("fills gaps with REPEAT and LINEAR", async () => {
    const ns = await requestsAndErrors();
    const results = await valuesById([
      metricStat("m", ns, "Requests", "Sum", { ReturnData: false }),
      { Id: "linear", Expression: "FILL(m, LINEAR)" },
      { Id: "repeat", Expression: "FILL(m, REPEAT)" },
    ]);
    // Minute 2 is halfway between 20 and 50; nothing before minute 0 or after minute 3 to draw a line to.
    expect(results.linear).toEqual([10, 20, 35, 50]);
    // Minutes 0..9 of the window: 10, 20, 20 (repeated), then 50 from minute 3 to minute 9.
    expect(results.repeat).toEqual([10, 20, 20, 50, 50, 50, 50, 50, 50, 50]);
  });

  it("evaluates IF with comparison and logical operators", async () => {
    const ns = await requestsAndErrors();
    const results = await valuesById([
      metricStat("m", ns, "Requests", "Sum", { ReturnData: false }),
      metricStat("errors", ns, "Errors", "Sum", { ReturnData: false }),
      { Id: "big", Expression: "IF(m > 15, m, 0)" },
      { Id: "between", Expression: "IF(m > 15 AND m < 40, 1, 0)" },
      { Id: "flagged", Expression: "m > 40 || errors > 0" },
      { Id: "quiet", Expression: "IF(errors == 0, m)" },
    ]);
    expect(results.big).toEqual([0, 20, 50]);
    expect(results.between).toEqual([0, 1, 0]);
    // Minutes 0, 1, 3: errors counts as 0 where it has no value.
    expect(results.flagged).toEqual([0, 1, 1]);
    // errors only has minute 1 (1), so IF keeps no point.
    expect(results.quiet).toEqual([]);
  });

  it("reduces, sorts and slices arrays of series and computes ABS, CEIL, FLOOR, LOG10 and SQRT", async () => {
    const ns = await requestsAndErrors();
    const results = await valuesById([
      metricStat("m", ns, "Requests", "Sum", { ReturnData: false }),
      metricStat("errors", ns, "Errors", "Sum", { ReturnData: false }),
      { Id: "top", Expression: "FIRST(SORT(METRICS(), SUM, DESC))" },
      { Id: "bottom", Expression: "SUM(SLICE(SORT(METRICS(), SUM, DESC), 1))" },
      { Id: "spread", Expression: "STDDEV([m, errors])" },
      { Id: "centred", Expression: "ABS(m - AVG(m))" },
      { Id: "rounded", Expression: "CEIL(m / 3) - FLOOR(m / 3)" },
      { Id: "logs", Expression: "LOG10(m * 10)" },
      { Id: "roots", Expression: "SQRT(m - 15)" },
    ]);
    expect(results.top).toEqual([10, 20, 50]);
    expect(results.bottom).toEqual([1]);
    // Minute 1 has 20 and 1: mean 10.5, deviations 9.5, so 9.5. Minutes 0 and 3 have one value each: 0.
    expect(results.spread).toEqual([0, 9.5, 0]);
    // AVG(m) = 80 / 3; |10 - 26.67|, |20 - 26.67|, |50 - 26.67|.
    expect(results.centred!.map((v) => Number(v.toFixed(4)))).toEqual([16.6667, 6.6667, 23.3333]);
    // 10 / 3, 20 / 3 and 50 / 3 are not whole numbers, so ceiling - floor = 1 each.
    expect(results.rounded).toEqual([1, 1, 1]);
    expect(results.logs).toEqual([2, Math.log10(200), Math.log10(500)]);
    // 10 - 15 is negative: no square root, no point.
    expect(results.roots).toEqual([Math.sqrt(5), Math.sqrt(35)]);
  });
});

describe("trimmed statistics through GetMetricData and GetMetricStatistics", () => {
  async function latency(): Promise<string> {
    const ns = freshNamespace();
    await put(ns, [
      { MetricName: "Latency", Timestamp: at(0), Values: range(1, 10), Unit: "Milliseconds" },
      { MetricName: "Latency", Timestamp: at(1), StatisticValues: { SampleCount: 2, Sum: 7, Minimum: 2, Maximum: 5 }, Unit: "Milliseconds" },
    ]);
    return ns;
  }

  it("computes IQM, TM, WM, TC, TS and PR from the raw values, and none for a statistic set", async () => {
    const ns = await latency();
    const stats = ["IQM", "TM(10%:90%)", "tm90", "wm90", "TC(2:8)", "ts90", "TS(80%:)", "PR(:3)", "PR(3:7)"];
    const results = await valuesById(stats.map((Stat, i) => metricStat(`s${i}`, ns, "Latency", Stat)));
    // Over 1..10: IQM keeps ranks 4..8 (30 / 5 = 6); TM(10%:90%) keeps 2..9 (44 / 8); tm90 keeps 1..9 (45 / 9);
    // wm90 counts 10 as 9 ((45 + 9) / 10); TC(2:8) counts 3..8; ts90 sums 1..9; TS(80%:) sums 9 + 10;
    // PR(:3) is 3 of 10 samples; PR(3:7) is 4..7, 4 of 10. Minute 1 came as a statistic set: no values.
    expect(stats.map((_, i) => results[`s${i}`])).toEqual([[6], [5.5], [5], [5.4], [6], [45], [19], [30], [40]]);
  });

  it("uses a trimmed statistic inside an expression", async () => {
    const ns = await latency();
    const results = await valuesById([metricStat("iqm", ns, "Latency", "IQM", { ReturnData: false }), { Id: "doubled", Expression: "iqm * 2" }]);
    expect(results.doubled).toEqual([12]);
  });

  it("returns trimmed statistics as ExtendedStatistics and refuses them as Statistics", async () => {
    const ns = await latency();
    const query = { Namespace: ns, MetricName: "Latency", ...window, Period: 60 };
    const extended = await client.send(new GetMetricStatisticsCommand({ ...query, ExtendedStatistics: ["IQM", "PR(:3)", "tc90", "WM(10%:90%)"] }));
    expect(extended.Datapoints?.sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime())).toEqual([
      // WM(10%:90%): 2..9 kept (44), 1 counts as 2 and 10 as 9: 55 / 10.
      { Timestamp: at(0), Unit: "Milliseconds", ExtendedStatistics: { IQM: 6, "PR(:3)": 30, tc90: 9, "WM(10%:90%)": 5.5 } },
      { Timestamp: at(1), Unit: "Milliseconds", ExtendedStatistics: {} },
    ]);
    const asBasic = await expectAwsError(client.send(new GetMetricStatisticsCommand({ ...query, Statistics: ["IQM" as never] })));
    expect(asBasic).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
    expect(asBasic.message).toContain("The value IQM for parameter Statistics.member.1 is not a valid statistic");
  });
});

describe("malformed expressions and statistics", () => {
  const expression = (Expression: string) =>
    expectAwsError(client.send(new GetMetricDataCommand({ ...window, MetricDataQueries: [metricStat("m", "X", "Y", "Sum"), { Id: "e", Expression }] })));

  it("answers ValidationException naming the expression for syntax errors, unknown functions and wrong arguments", async () => {
    const cases: Array<[string, string]> = [
      ["m +", "Error in expression e: Unexpected end of expression"],
      ["m = 1", "Error in expression e: Unrecognized character at position 3: '='"],
      ["FOO(m)", "Error in expression e: Unknown function FOO"],
      ["ABS(m, m)", "Error in expression e: ABS takes 1 argument, not 2"],
      ["SORT(METRICS(), MEDIAN, DESC)", "Error in expression e: The second argument of SORT must be AVG, MIN, MAX or SUM"],
      ["PERIOD(2)", "Error in expression e: PERIOD takes the Id of a metric (MetricStat) query"],
    ];
    for (const [text, message] of cases) expect(await expression(text), text).toMatchObject({ name: "ValidationException", status: 400, message });
  });

  it("answers NotImplementedException naming a function that needs a service the sandbox lacks", async () => {
    expect(await expression("ANOMALY_DETECTION_BAND(m)")).toMatchObject({
      name: "NotImplementedException",
      status: 501,
      message: "The Archway sandbox does not implement CloudWatch operation metric math function ANOMALY_DETECTION_BAND yet.",
    });
  });

  it("refuses statistic names AWS does not accept, naming the parameter", async () => {
    for (const Stat of ["TM99", "tm(10%:90%)", "PR(10%:90%)", "TM(90%:10%)", "IQM(25%:75%)"]) {
      const error = await expectAwsError(client.send(new GetMetricDataCommand({ ...window, MetricDataQueries: [metricStat("m", "X", "Y", Stat)] })));
      expect(error, Stat).toMatchObject({
        name: "InvalidParameterValueException",
        status: 400,
        message: `The value ${Stat} for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.`,
      });
    }
    const extended = await expectAwsError(client.send(new GetMetricStatisticsCommand({ Namespace: "X", MetricName: "Y", ...window, Period: 60, ExtendedStatistics: ["wm(5%:95%)"] })));
    expect(extended).toMatchObject({ name: "InvalidParameterValueException", message: "The value wm(5%:95%) for parameter ExtendedStatistics.member.1 is not a valid statistic." });
  });
});

describe("Metrics Insights queries through GetMetricData", () => {
  async function apis(): Promise<string> {
    const ns = freshNamespace();
    const latency = (ApiName: string, minute: number, Value: number): MetricDatum => ({ MetricName: "Latency", Dimensions: [{ Name: "ApiName", Value: ApiName }], Timestamp: at(minute), Value });
    await put(ns, [latency("pets", 0, 10), latency("pets", 1, 30), latency("shop", 0, 100), latency("toys", 1, 5), { MetricName: "Latency", Timestamp: at(0), Value: 1 }]);
    return ns;
  }

  it("answers one series, or one result per GROUP BY group under the same Id, ordered and limited", async () => {
    const ns = await apis();
    const one = await client.send(new GetMetricDataCommand({ ...window, ScanBy: "TimestampAscending", MetricDataQueries: [{ Id: "q", Expression: `SELECT AVG(Latency) FROM "${ns}"`, Period: 60 }] }));
    // Minute 0: 10, 100 and 1 (no dimensions) average 37; minute 1: 30 and 5 average 17.5.
    expect(one.MetricDataResults).toMatchObject([{ Id: "q", Label: "q", Values: [37, 17.5], Timestamps: [at(0), at(1)] }]);
    const grouped = await client.send(new GetMetricDataCommand({
      ...window,
      ScanBy: "TimestampAscending",
      MetricDataQueries: [{ Id: "top", Expression: `SELECT SUM(Latency) FROM SCHEMA("${ns}", ApiName) GROUP BY ApiName ORDER BY SUM() DESC LIMIT 2`, Period: 60 }],
    }));
    // Sums: shop 100, pets 10 + 30 = 40, toys 5 (left out by LIMIT 2).
    expect(grouped.MetricDataResults!.map((r) => [r.Id, r.Label, r.Values])).toEqual([["top", "shop", [100]], ["top", "pets", [10, 30]]]);
  });

  it("refuses a query without a Period, two queries in one request, a malformed query and math over a query", async () => {
    const ns = await apis();
    const send = (MetricDataQueries: MetricDataQuery[]) => expectAwsError(client.send(new GetMetricDataCommand({ ...window, MetricDataQueries })));
    const select = `SELECT MAX(Latency) FROM "${ns}"`;
    expect(await send([{ Id: "q", Expression: select }])).toMatchObject({ name: "ValidationException", status: 400, message: "The Metrics Insights query q must have a Period." });
    expect(await send([{ Id: "a", Expression: select, Period: 60 }, { Id: "b", Expression: select, Period: 60 }])).toMatchObject({
      name: "ValidationException",
      message: "A GetMetricData request can include only one Metrics Insights query.",
    });
    expect(await send([{ Id: "q", Expression: `SELECT MEDIAN(Latency) FROM "${ns}"`, Period: 60 }])).toMatchObject({
      name: "ValidationException",
      message: "Error in expression q: Expected one of AVG, COUNT, MAX, MIN, SUM but found 'MEDIAN'",
    });
    expect(await send([{ Id: "q", Expression: select, Period: 60, ReturnData: false }, { Id: "e", Expression: "q * 2" }])).toMatchObject({
      name: "NotImplementedException",
      status: 501,
      message: "The Archway sandbox does not implement CloudWatch operation metric math over a Metrics Insights query yet.",
    });
  });
});
