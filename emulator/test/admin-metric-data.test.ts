import { describe, expect, it } from "vitest";
import { GetMetricDataCommand, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "./support/sandbox-for-file";
import { cloudWatchClient, expectAwsError } from "./support/clients";

// POST /_archway/cloudwatch/metric-data: PutMetricData's JSON body in any namespace (synthetic AWS/ApiGateway
// history), with every other PutMetricData rule; readable through GetMetricData like any metric.
const sandbox = sandboxForFile();
const cloudWatch = cloudWatchClient(() => sandbox.url);

async function postMetricData(body: unknown, region = "us-east-1"): Promise<{ status: number; body: { message?: string; __type?: string; stored?: number } }> {
  const response = await fetch(`${sandbox.url}/_archway/cloudwatch/metric-data`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-archway-region": region },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe("sandbox admin metric data", () => {
  it("stores AWS/ApiGateway data that PutMetricData refuses, and GetMetricData reads it back", async () => {
    const timestamp = Math.floor(Date.now() / 60_000) * 60 - 120;
    const dimensions = [{ Name: "ApiName", Value: "synthetic-api" }];
    const refused = await expectAwsError(
      cloudWatch.send(new PutMetricDataCommand({ Namespace: "AWS/ApiGateway", MetricData: [{ MetricName: "Count", Dimensions: dimensions, Value: 1 }] })),
    );
    expect(refused.name).toBe("InvalidParameterValueException");

    const stored = await postMetricData({
      Namespace: "AWS/ApiGateway",
      MetricData: [
        { MetricName: "Count", Dimensions: dimensions, Timestamp: timestamp, Unit: "Count", StatisticValues: { SampleCount: 40, Sum: 40, Minimum: 1, Maximum: 1 } },
        { MetricName: "Latency", Dimensions: dimensions, Timestamp: timestamp, Unit: "Milliseconds", Values: [10, 20, 90], Counts: [30, 9, 1] },
      ],
    });
    expect(stored).toEqual({ status: 200, body: { stored: 2 } });

    const metric = (MetricName: string) => ({ Namespace: "AWS/ApiGateway", MetricName, Dimensions: dimensions });
    const read = await cloudWatch.send(
      new GetMetricDataCommand({
        StartTime: new Date((timestamp - 60) * 1000),
        EndTime: new Date((timestamp + 120) * 1000),
        MetricDataQueries: [
          { Id: "count", MetricStat: { Metric: metric("Count"), Period: 60, Stat: "Sum" } },
          { Id: "p50", MetricStat: { Metric: metric("Latency"), Period: 60, Stat: "p50" } },
        ],
      }),
    );
    const values = Object.fromEntries((read.MetricDataResults ?? []).map((result) => [result.Id, result.Values]));
    expect(values).toEqual({ count: [40], p50: [10] });
  });

  it("keeps PutMetricData's other rules: a timestamp older than two weeks is refused with AWS's message", async () => {
    const old = Math.floor(Date.now() / 1000) - 15 * 86_400;
    const reply = await postMetricData({ Namespace: "AWS/ApiGateway", MetricData: [{ MetricName: "Count", Dimensions: [], Timestamp: old, Value: 1 }] });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ __type: "InvalidParameterValueException", message: "The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks." });
  });

  it("refuses a body that is not JSON, and a datum with both Value and Values", async () => {
    expect((await postMetricData("not json")).status).toBe(400);
    const both = await postMetricData({ Namespace: "AWS/ApiGateway", MetricData: [{ MetricName: "Count", Value: 1, Values: [1] }] });
    expect(both).toMatchObject({ status: 400, body: { __type: "InvalidParameterCombinationException" } });
  });
});
