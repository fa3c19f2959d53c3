import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sandboxForFile } from "./support/sandbox-for-file";
import { awsCliEnv } from "./support/aws-cli-env";

const run = promisify(execFile);

const sandbox = sandboxForFile();

const env = awsCliEnv();

interface CliOutput {
  Label?: string;
  Datapoints?: Array<Record<string, unknown>>;
  Metrics?: Array<{ Namespace: string; MetricName: string; Dimensions: Array<{ Name: string; Value: string }> }>;
}

/** Runs `aws cloudwatch <args>` against the sandbox; resolves with parsed JSON output (or {} when empty). */
async function aws(...args: string[]): Promise<CliOutput> {
  const { stdout } = await run("aws", ["cloudwatch", ...args, "--endpoint-url", sandbox.url, "--output", "json"], { env, timeout: 30_000 });
  return stdout.trim() === "" ? {} : (JSON.parse(stdout) as CliOutput);
}

async function awsFailure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await aws(...args);
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
  throw new Error("expected the aws command to fail");
}

const MINUTE = 60_000;
/** Each `aws` run starts a Python interpreter and loads botocore: seconds, not milliseconds. */
const CLI_TEST_TIMEOUT = 180_000;
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 20 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

describe("AWS CLI (aws cloudwatch)", () => {
  it("puts values with put-metric-data and reads them back with get-metric-statistics and list-metrics", async () => {
    await aws("put-metric-data", "--namespace", "Cli/Test", "--metric-name", "Latency", "--unit", "Milliseconds",
      "--value", "10", "--dimensions", "ApiName=pets,Stage=prod", "--timestamp", iso(base + 15_000));
    const dimensions = [{ Name: "ApiName", Value: "pets" }, { Name: "Stage", Value: "prod" }];
    await aws("put-metric-data", "--namespace", "Cli/Test", "--metric-data", JSON.stringify([
      { MetricName: "Latency", Dimensions: dimensions, Timestamp: iso(base + 45_500), Values: [20, 30], Unit: "Milliseconds" },
      { MetricName: "Count", Timestamp: iso(base), StatisticValues: { SampleCount: 4, Sum: 8, Minimum: 1, Maximum: 3 } },
    ]));

    const stats = await aws("get-metric-statistics", "--namespace", "Cli/Test", "--metric-name", "Latency",
      "--dimensions", "Name=ApiName,Value=pets", "Name=Stage,Value=prod", "--start-time", iso(base - 5 * MINUTE),
      "--end-time", iso(base + 5 * MINUTE), "--period", "60", "--statistics", "Sum", "Maximum", "SampleCount");
    expect(stats.Label).toBe("Latency");
    // aws-cli v1 prints the wire value of a timestamp: epoch seconds under awsJson1_0.
    expect(stats.Datapoints).toEqual([{ Timestamp: base / 1000, Sum: 60, Maximum: 30, SampleCount: 3, Unit: "Milliseconds" }]);

    const percentiles = await aws("get-metric-statistics", "--namespace", "Cli/Test", "--metric-name", "Latency",
      "--dimensions", "Name=ApiName,Value=pets", "Name=Stage,Value=prod", "--start-time", iso(base - 5 * MINUTE),
      "--end-time", iso(base + 5 * MINUTE), "--period", "300", "--extended-statistics", "p50");
    expect(percentiles.Datapoints?.[0]?.ExtendedStatistics).toEqual({ p50: 20 });

    const listed = await aws("list-metrics", "--namespace", "Cli/Test");
    expect(listed.Metrics?.map((m) => m.MetricName).sort()).toEqual(["Count", "Latency"]);
    const byDimension = await aws("list-metrics", "--namespace", "Cli/Test", "--dimensions", "Name=Stage");
    expect(byDimension.Metrics).toEqual([{ Namespace: "Cli/Test", MetricName: "Latency", Dimensions: [{ Name: "ApiName", Value: "pets" }, { Name: "Stage", Value: "prod" }] }]);
  }, CLI_TEST_TIMEOUT);

  it("reports AWS's query error codes, as a CLI user sees them", async () => {
    const endBeforeStart = await awsFailure("get-metric-data", "--start-time", iso(base), "--end-time", iso(base - MINUTE),
      "--metric-data-queries", JSON.stringify([{ Id: "q", Expression: "1" }]));
    expect(endBeforeStart.code).not.toBe(0);
    expect(endBeforeStart.stderr).toContain(
      "An error occurred (ValidationError) when calling the GetMetricData operation: The parameter EndTime must be greater than StartTime.",
    );
    const reserved = await awsFailure("put-metric-data", "--namespace", "AWS/ApiGateway", "--metric-name", "Count", "--value", "1");
    expect(reserved.stderr).toContain("An error occurred (InvalidParameterValue) when calling the PutMetricData operation");
    const period = await awsFailure("get-metric-statistics", "--namespace", "Cli/Test", "--metric-name", "Latency",
      "--start-time", iso(base - 5 * MINUTE), "--end-time", iso(base), "--period", "7", "--statistics", "Sum");
    expect(period.stderr).toContain("(InvalidParameterValue) when calling the GetMetricStatistics operation: The parameter Period must be");
  }, CLI_TEST_TIMEOUT);
});
