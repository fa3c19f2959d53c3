import { describe, expect, it } from "vitest";
import {
  DescribeAnomalyDetectorsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricDataCommand,
  paginateGetMetricData,
  paginateListMetrics,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import { startSandboxProcess } from "./support/sandbox-process";
import { sandboxForFile } from "./support/sandbox-for-file";
import { cloudWatchClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = cloudWatchClient(() => sandbox.url);

const MINUTE = 60_000;
/** A whole minute half an hour ago: inside every retention window, and far from "now". */
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 30 * MINUTE;
const at = (offsetMs: number) => new Date(base + offsetMs);
const window = { StartTime: at(-10 * MINUTE), EndTime: at(10 * MINUTE) };
const dims = [{ Name: "ApiName", Value: "pets" }, { Name: "Stage", Value: "prod" }];
let namespaceCounter = 0;
const freshNamespace = () => `Archway/Test${++namespaceCounter}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function stat(id: string, namespace: string, metricName: string, statName: string, extra: Partial<MetricDataQuery> = {}): MetricDataQuery {
  return { Id: id, MetricStat: { Metric: { Namespace: namespace, MetricName: metricName, Dimensions: dims }, Period: 60, Stat: statName }, ...extra };
}

async function valuesById(queries: MetricDataQuery[], extra: { ScanBy?: "TimestampAscending" | "TimestampDescending" } = {}) {
  const result = await client.send(new GetMetricDataCommand({ ...window, ...extra, MetricDataQueries: queries }));
  return Object.fromEntries(result.MetricDataResults!.map((r) => [r.Id!, r]));
}

describe("PutMetricData and GetMetricData", () => {
  it("returns every basic statistic and percentiles computed from the raw values, several queries in one call", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Latency", Dimensions: dims, Timestamp: at(5_000), Values: range(1, 100), Unit: "Milliseconds" }] }));
    const stats = ["Sum", "Average", "Minimum", "Maximum", "SampleCount", "p50", "p90", "p99", "p99.9", "tm90"];
    const results = await valuesById(stats.map((name, i) => stat(`q${i}`, ns, "Latency", name)));
    expect(stats.map((_, i) => results[`q${i}`]!.Values)).toEqual([[5050], [50.5], [1], [100], [100], [50], [90], [99], [100], [45.5]]);
    expect(results.q0).toMatchObject({ Label: "Latency", StatusCode: "Complete", Timestamps: [at(0)] });
  });

  it("merges Value, Values with Counts and statistic sets into the same minute", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({
      Namespace: ns,
      MetricData: [
        { MetricName: "Count", Dimensions: dims, Timestamp: at(1_250), Value: 3, Unit: "Count" },
        { MetricName: "Count", Dimensions: dims, Timestamp: at(59_999), Values: [1, 10], Counts: [2, 1], Unit: "Count" },
        { MetricName: "Count", Dimensions: dims, Timestamp: at(30_500), StatisticValues: { SampleCount: 2, Sum: 7, Minimum: 2, Maximum: 5 }, Unit: "Count" },
      ],
    }));
    const results = await valuesById(["Sum", "SampleCount", "Minimum", "Maximum", "Average"].map((name) => stat(name.toLowerCase(), ns, "Count", name)));
    expect(results.sum!.Values).toEqual([22]);
    expect(results.samplecount!.Values).toEqual([6]);
    expect(results.minimum!.Values).toEqual([1]);
    expect(results.maximum!.Values).toEqual([10]);
    expect(results.average!.Values![0]).toBeCloseTo(22 / 6);
    // A statistic set of several different values has no raw values, so no percentile for that minute.
    expect((await valuesById([stat("p", ns, "Count", "p50")])).p!.Values).toEqual([]);
  });

  it("orders timestamps newest first by default, filters by Unit, labels and hides ReturnData false", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({
      Namespace: ns,
      MetricData: [0, 1, 2].map((minute) => ({ MetricName: "Hits", Dimensions: dims, Timestamp: at(minute * MINUTE), Value: minute + 1, Unit: "Count" })),
    }));
    const results = await valuesById([
      stat("desc", ns, "Hits", "Sum", { Label: "hits per minute" }),
      stat("ms", ns, "Hits", "Sum", { MetricStat: { Metric: { Namespace: ns, MetricName: "Hits", Dimensions: dims }, Period: 60, Stat: "Sum", Unit: "Milliseconds" } }),
      stat("hidden", ns, "Hits", "Sum", { ReturnData: false }),
    ]);
    expect(results.desc).toMatchObject({ Label: "hits per minute", Values: [3, 2, 1], Timestamps: [at(2 * MINUTE), at(MINUTE), at(0)] });
    expect(results.ms!.Values).toEqual([]);
    expect(results.hidden).toBeUndefined();
    const ascending = await valuesById([stat("asc", ns, "Hits", "Sum", { MetricStat: { Metric: { Namespace: ns, MetricName: "Hits", Dimensions: dims }, Period: 120, Stat: "Sum" } })], { ScanBy: "TimestampAscending" });
    expect(ascending.asc!.Values!.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it("keeps one-second data for high-resolution metrics and serves sub-minute periods", async () => {
    const ns = freshNamespace();
    const recent = Math.floor(Date.now() / MINUTE) * MINUTE - 10 * MINUTE;
    await client.send(new PutMetricDataCommand({
      Namespace: ns,
      MetricData: [1_000, 12_000, 13_000].map((offset) => ({ MetricName: "Fast", Timestamp: new Date(recent + offset), Value: 1, StorageResolution: 1 })),
    }));
    const result = await client.send(new GetMetricDataCommand({
      StartTime: new Date(recent), EndTime: new Date(recent + MINUTE), ScanBy: "TimestampAscending",
      MetricDataQueries: [{ Id: "fast", MetricStat: { Metric: { Namespace: ns, MetricName: "Fast" }, Period: 10, Stat: "SampleCount" } }],
    }));
    expect(result.MetricDataResults![0]).toMatchObject({ Values: [1, 2], Timestamps: [new Date(recent), new Date(recent + 10_000)] });
  });

  it("pages GetMetricData with MaxDatapoints and the SDK paginator sees every datapoint once", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({
      Namespace: ns,
      MetricData: range(0, 4).map((minute) => ({ MetricName: "Paged", Dimensions: dims, Timestamp: at(minute * MINUTE), Value: minute })),
    }));
    const first = await client.send(new GetMetricDataCommand({ ...window, MaxDatapoints: 2, MetricDataQueries: [stat("p", ns, "Paged", "Sum")] }));
    expect(first.MetricDataResults![0]).toMatchObject({ StatusCode: "PartialData", Values: [4, 3] });
    expect(first.NextToken).toBeTruthy();
    const seen: number[] = [];
    for await (const page of paginateGetMetricData({ client, pageSize: 2 }, { ...window, MetricDataQueries: [stat("p", ns, "Paged", "Sum")] })) {
      for (const result of page.MetricDataResults ?? []) seen.push(...(result.Values ?? []));
    }
    expect(seen).toEqual([4, 3, 2, 1, 0]);
    const bad = await expectAwsError(client.send(new GetMetricDataCommand({ ...window, NextToken: "garbage", MetricDataQueries: [stat("p", ns, "Paged", "Sum")] })));
    expect(bad).toMatchObject({ name: "InvalidNextToken", status: 400 });
  });
});

describe("metric math", () => {
  it("evaluates arithmetic, SUM, AVG, MIN, MAX, FILL and METRICS over the other queries", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({
      Namespace: ns,
      MetricData: [
        { MetricName: "Count", Dimensions: dims, Timestamp: at(0), Value: 10 },
        { MetricName: "Count", Dimensions: dims, Timestamp: at(MINUTE), Value: 20 },
        { MetricName: "Errors", Dimensions: dims, Timestamp: at(0), Value: 1 },
      ],
    }));
    const results = await valuesById(
      [
        stat("count", ns, "Count", "Sum", { ReturnData: false }),
        stat("errors", ns, "Errors", "Sum", { ReturnData: false }),
        { Id: "rate", Expression: "100 * errors / count", Label: "Error %" },
        { Id: "sum", Expression: "SUM([count, errors])" },
        { Id: "all", Expression: "SUM(METRICS())" },
        { Id: "avg", Expression: "AVG(count)" },
        { Id: "min", Expression: "MIN([count, errors])" },
        { Id: "max", Expression: "MAX(count) - -1" },
        { Id: "filled", Expression: "FILL(errors, 0)" },
      ],
      { ScanBy: "TimestampAscending" },
    );
    // errors has no value at minute 1, which counts as 0: 100 * 0 / 20.
    expect(results.rate).toMatchObject({ Label: "Error %", Values: [10, 0], Timestamps: [at(0), at(MINUTE)] });
    expect(results.sum!.Values).toEqual([11, 20]);
    expect(results.all!.Values).toEqual([11, 20]);
    expect(new Set(results.avg!.Values)).toEqual(new Set([15]));
    expect(results.min!.Values).toEqual([1, 20]);
    expect(new Set(results.max!.Values)).toEqual(new Set([21]));
    expect(results.filled!.Values).toHaveLength(20);
    expect(results.filled!.Values!.filter((v) => v !== 0)).toEqual([1]);
  });

  it("rejects an expression that names an unknown query, and refuses unbuilt functions by name", async () => {
    const unknown = await expectAwsError(client.send(new GetMetricDataCommand({ ...window, MetricDataQueries: [{ Id: "e", Expression: "nope * 2" }] })));
    expect(unknown).toMatchObject({ name: "ValidationException", status: 400, message: "Error in expression e: Unknown query id nope" });
    const band = await expectAwsError(client.send(new GetMetricDataCommand({ ...window, MetricDataQueries: [stat("m1", "X", "Y", "Sum"), { Id: "e", Expression: "ANOMALY_DETECTION_BAND(m1)" }] })));
    expect(band).toMatchObject({ name: "NotImplementedException", status: 501 });
    expect(band.message).toContain("ANOMALY_DETECTION_BAND");
  });
});

describe("GetMetricData and GetMetricStatistics validation", () => {
  it("answers ValidationException with query code ValidationError when EndTime is before StartTime", async () => {
    try {
      await client.send(new GetMetricDataCommand({ StartTime: at(MINUTE), EndTime: at(0), MetricDataQueries: [{ Id: "e", Expression: "1" }] }));
      expect.unreachable("the call should fail");
    } catch (error) {
      const e = error as { name: string; Code: string; Type: string; message: string; $metadata: { httpStatusCode: number } };
      expect(e).toMatchObject({ name: "ValidationException", Code: "ValidationError", Type: "Sender", message: "The parameter EndTime must be greater than StartTime." });
      expect(e.$metadata.httpStatusCode).toBe(400);
    }
  });

  it("rejects periods that are not 1, 5, 10, 20, 30 or a multiple of 60", async () => {
    for (const Period of [7, 90, 0]) {
      const error = await expectAwsError(client.send(new GetMetricDataCommand({
        ...window,
        MetricDataQueries: [{ Id: "q", MetricStat: { Metric: { Namespace: "X", MetricName: "Y" }, Period, Stat: "Sum" } }],
      })));
      expect(error).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
    }
    const stats = await expectAwsError(client.send(new GetMetricStatisticsCommand({ Namespace: "X", MetricName: "Y", ...window, Period: 45, Statistics: ["Sum"] })));
    expect(stats).toMatchObject({ name: "InvalidParameterValueException", message: "The parameter Period must be 1, 5, 10, 20, 30 or a multiple of 60." });
  });

  it("returns no datapoints for a sub-minute period on data older than three hours", async () => {
    const ns = freshNamespace();
    const old = Math.floor(Date.now() / MINUTE) * MINUTE - 5 * 3_600_000;
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Old", Timestamp: new Date(old), Value: 1 }] }));
    const query = (Period: number) => client.send(new GetMetricDataCommand({
      StartTime: new Date(old - MINUTE), EndTime: new Date(old + MINUTE),
      MetricDataQueries: [{ Id: "q", MetricStat: { Metric: { Namespace: ns, MetricName: "Old" }, Period, Stat: "Sum" } }],
    }));
    expect((await query(10)).MetricDataResults![0]!.Values).toEqual([]);
    expect((await query(60)).MetricDataResults![0]!.Values).toEqual([1]);
  });

  it("returns Datapoints with Timestamp, Unit, Statistics and ExtendedStatistics, and caps a call at 1,440 datapoints", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Latency", Dimensions: dims, Timestamp: at(0), Values: range(1, 10), Unit: "Milliseconds" }] }));
    const basic = await client.send(new GetMetricStatisticsCommand({ Namespace: ns, MetricName: "Latency", Dimensions: dims, ...window, Period: 300, Statistics: ["Sum", "Average", "Minimum", "Maximum", "SampleCount"] }));
    expect(basic.Label).toBe("Latency");
    expect(basic.Datapoints).toEqual([{ Timestamp: at(0), Sum: 55, Average: 5.5, Minimum: 1, Maximum: 10, SampleCount: 10, Unit: "Milliseconds" }]);
    const extended = await client.send(new GetMetricStatisticsCommand({ Namespace: ns, MetricName: "Latency", Dimensions: dims, ...window, Period: 60, ExtendedStatistics: ["p50", "p90"] }));
    expect(extended.Datapoints).toEqual([{ Timestamp: at(0), Unit: "Milliseconds", ExtendedStatistics: { p50: 5, p90: 9 } }]);
    const noDims = await client.send(new GetMetricStatisticsCommand({ Namespace: ns, MetricName: "Latency", ...window, Period: 60, Statistics: ["Sum"] }));
    expect(noDims.Datapoints).toEqual([]);
    const tooMany = await expectAwsError(client.send(new GetMetricStatisticsCommand({ Namespace: ns, MetricName: "Latency", StartTime: at(-1441 * MINUTE), EndTime: at(0), Period: 60, Statistics: ["Sum"] })));
    expect(tooMany).toMatchObject({ name: "InvalidParameterCombinationException", status: 400 });
    expect(tooMany.message).toContain("1,441 datapoints, which exceeds the limit of 1,440");
  });
});

describe("PutMetricData validation", () => {
  const put = (MetricData: NonNullable<ConstructorParameters<typeof PutMetricDataCommand>[0]["MetricData"]>, Namespace = "Archway/Validation") =>
    expectAwsError(client.send(new PutMetricDataCommand({ Namespace, MetricData })));

  it("refuses the AWS/ namespace prefix to customers", async () => {
    expect(await put([{ MetricName: "Count", Value: 1 }], "AWS/ApiGateway")).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
  });

  it("refuses Value together with Values, and Counts of a different length", async () => {
    expect(await put([{ MetricName: "M", Value: 1, Values: [1] }])).toMatchObject({
      name: "InvalidParameterCombinationException",
      message: "The parameters MetricData.member.1.Value and MetricData.member.1.Values are mutually exclusive and you have specified both.",
    });
    expect(await put([{ MetricName: "M", Values: [1, 2], Counts: [1] }])).toMatchObject({ name: "InvalidParameterValueException" });
  });

  it("checks units, storage resolution, dimension count and the timestamp window", async () => {
    expect(await put([{ MetricName: "M", Value: 1, Unit: "Parsecs" as never }])).toMatchObject({ name: "InvalidParameterValueException" });
    expect(await put([{ MetricName: "M", Value: 1, StorageResolution: 5 }])).toMatchObject({
      message: "The parameter MetricData.member.1.StorageResolution must be a value in the set [ 1, 60 ].",
    });
    const many = range(1, 31).map((i) => ({ Name: `d${i}`, Value: "v" }));
    expect(await put([{ MetricName: "M", Value: 1, Dimensions: many }])).toMatchObject({ name: "InvalidParameterValueException" });
    expect(await put([{ MetricName: "M", Value: 1, Timestamp: new Date(Date.now() - 15 * 24 * 3_600_000) }])).toMatchObject({
      name: "InvalidParameterValueException",
      message: "The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.",
    });
    expect(await put([{ MetricName: "M", Value: 1, Timestamp: new Date(Date.now() + 3 * 3_600_000) }])).toMatchObject({ name: "InvalidParameterValueException" });
  });

  it("requires MetricData", async () => {
    expect(await put([])).toMatchObject({ name: "MissingRequiredParameterException", status: 400, message: "The request must contain the parameter MetricData." });
  });

  it("refuses more than 1,000 datums in one call", async () => {
    const data = range(1, 1001).map((i) => ({ MetricName: `m${i}`, Value: 1 }));
    expect(await put(data)).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
  });
});

describe("ListMetrics", () => {
  it("filters by namespace, metric name, dimension name alone and dimension name and value", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({
      Namespace: ns,
      MetricData: [
        { MetricName: "Count", Dimensions: [{ Name: "ApiName", Value: "pets" }], Value: 1 },
        { MetricName: "Count", Dimensions: dims, Value: 1 },
        { MetricName: "Latency", Dimensions: [{ Name: "ApiName", Value: "shop" }, { Name: "Stage", Value: "dev" }], Value: 1 },
      ],
    }));
    const list = async (input: ConstructorParameters<typeof ListMetricsCommand>[0]) =>
      ((await client.send(new ListMetricsCommand({ Namespace: ns, ...input }))).Metrics ?? []).map((m) => `${m.MetricName}:${(m.Dimensions ?? []).map((d) => d.Value).join(",")}`).sort();
    expect(await list({})).toEqual(["Count:pets", "Count:pets,prod", "Latency:shop,dev"]);
    expect(await list({ MetricName: "Latency" })).toEqual(["Latency:shop,dev"]);
    expect(await list({ Dimensions: [{ Name: "Stage" }] })).toEqual(["Count:pets,prod", "Latency:shop,dev"]);
    expect(await list({ Dimensions: [{ Name: "ApiName", Value: "pets" }] })).toEqual(["Count:pets", "Count:pets,prod"]);
    expect(await list({ RecentlyActive: "PT3H" })).toHaveLength(3);
    const metric = (await client.send(new ListMetricsCommand({ Namespace: ns, MetricName: "Latency" }))).Metrics![0];
    expect(metric).toEqual({ Namespace: ns, MetricName: "Latency", Dimensions: [{ Name: "ApiName", Value: "shop" }, { Name: "Stage", Value: "dev" }] });
  });

  it("pages 500 metrics at a time with NextToken", async () => {
    const ns = freshNamespace();
    const names = range(0, 600).map((i) => `m${String(i).padStart(3, "0")}`);
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: names.slice(0, 1000).map((MetricName) => ({ MetricName, Value: 1 })) }));
    const first = await client.send(new ListMetricsCommand({ Namespace: ns }));
    expect(first.Metrics).toHaveLength(500);
    expect(first.NextToken).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateListMetrics({ client }, { Namespace: ns })) seen.push(...(page.Metrics ?? []).map((m) => m.MetricName!));
    expect(seen.sort()).toEqual(names);
  });

  it("keeps accounts and regions apart", async () => {
    const ns = freshNamespace();
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Mine", Value: 1 }] }));
    const other = cloudWatchClient(sandbox.url, { accessKeyId: "222222222222" });
    const elsewhere = cloudWatchClient(sandbox.url, { region: "eu-west-1" });
    expect((await other.send(new ListMetricsCommand({ Namespace: ns }))).Metrics ?? []).toEqual([]);
    expect((await elsewhere.send(new ListMetricsCommand({ Namespace: ns }))).Metrics ?? []).toEqual([]);
  });
});

describe("operations the sandbox does not build", () => {
  it("answers NotImplementedException naming the operation", async () => {
    const error = await expectAwsError(client.send(new DescribeAnomalyDetectorsCommand({})));
    expect(error).toMatchObject({ name: "NotImplementedException", status: 501, message: "The Archway sandbox does not implement CloudWatch operation DescribeAnomalyDetectors yet." });
  });
});

describe("persistence", () => {
  it("keeps metric data and raw values across a restart", async () => {
    const first = await startSandboxProcess({ dataDir: "temp" });
    const put = cloudWatchClient(first.url);
    await put.send(new PutMetricDataCommand({ Namespace: "Durable", MetricData: [{ MetricName: "Latency", Timestamp: at(0), Values: [1, 2, 3, 4], Unit: "Milliseconds" }] }));
    await first.stop();
    const second = await startSandboxProcess({ dataDir: first.dataDir });
    try {
      const read = cloudWatchClient(second.url);
      const result = await read.send(new GetMetricDataCommand({
        ...window,
        MetricDataQueries: [{ Id: "p", MetricStat: { Metric: { Namespace: "Durable", MetricName: "Latency" }, Period: 60, Stat: "p75" } }],
      }));
      expect(result.MetricDataResults![0]!.Values).toEqual([3]);
      expect((await read.send(new ListMetricsCommand({ Namespace: "Durable" }))).Metrics).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});

describe("realism on CloudWatch", () => {
  it("throttles as CloudWatch does (Throttling, 400) and injects 503s when faults are configured", async () => {
    const faulty = await startSandboxProcess({ args: ["--fault", "ListMetrics=throttle:1", "--fault", "GetMetricStatistics=unavailable:1"] });
    try {
      const faultyClient = cloudWatchClient(faulty.url);
      const throttled = await expectAwsError(faultyClient.send(new ListMetricsCommand({})));
      expect(throttled).toMatchObject({ name: "Throttling", status: 400, message: "Rate exceeded" });
      const unavailable = await expectAwsError(faultyClient.send(new GetMetricStatisticsCommand({ Namespace: "X", MetricName: "Y", ...window, Period: 60, Statistics: ["Sum"] })));
      expect(unavailable).toMatchObject({ name: "ServiceUnavailable", status: 503 });
      await faultyClient.send(new PutMetricDataCommand({ Namespace: "X", MetricData: [{ MetricName: "Y", Value: 1 }] }));
    } finally {
      await faulty.stop();
    }
  });
});
