import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sandboxForFile } from "./support/sandbox-for-file";

const run = promisify(execFile);
const script = join(import.meta.dirname, "clients/cloudwatch_scenarios.py");

const sandbox = sandboxForFile();

interface ScenarioError {
  code: string;
  type: string;
  message: string;
  status: number;
}

interface SeriesOut {
  label: string;
  values: number[];
  status: string;
  timestamps: string[];
}

/** What clients/cloudwatch_scenarios.py prints. */
interface ScenarioOutput {
  protocol: string;
  urls: string[];
  getMetricData: Record<string, SeriesOut>;
  statistics: Array<Record<string, number | string>>;
  extended: Array<Record<string, unknown>>;
  listByNamespace: string[];
  listByDimensionName: string[];
  listPages: number[];
  dataPage1: { ids: string[]; next: boolean };
  errors: Record<"endBeforeStart" | "badPeriod" | "awsNamespace" | "tooManyDatapoints" | "notImplemented", ScenarioError>;
}

async function scenarios(protocol: string): Promise<ScenarioOutput> {
  const env = { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", PYTHONWARNINGS: "ignore" };
  const { stdout } = await run("python3", [script, sandbox.url, protocol, `Boto3/${protocol}`], { env, timeout: 50_000 });
  return JSON.parse(stdout) as ScenarioOutput;
}

/** "<url> <content-type>" of every request boto3 sent. */
const expectedWire: Record<string, RegExp> = {
  json: /^http:\/\/[^/]+\/ application\/x-amz-json-1\.0$/,
  "smithy-rpc-v2-cbor": /\/service\/GraniteServiceVersion20100801\/operation\/[A-Za-z]+ application\/cbor$/,
  query: /^http:\/\/[^/]+\/ application\/x-www-form-urlencoded; charset=utf-8$/,
};

// The same scenarios through boto3 three times: its default (awsJson1_0) and forced rpcv2Cbor and awsQuery.
describe.each(["json", "smithy-rpc-v2-cbor", "query"])("boto3 over %s", (protocol) => {
  let out: ScenarioOutput;
  beforeAll(async () => {
    out = await scenarios(protocol);
  });

  it("really speaks that protocol", () => {
    expect(out.protocol).toBe(protocol);
    expect(out.urls.length).toBeGreaterThan(0);
    for (const request of out.urls) expect(request).toMatch(expectedWire[protocol]!);
  });

  it("returns every statistic, percentiles and tm90 for 1..100 in one GetMetricData call", () => {
    const values = ["q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"].map((id) => out.getMetricData[id]!.values);
    expect(values).toEqual([[5050], [50.5], [1], [100], [100], [50], [90], [99], [100], [45.5]]);
    expect(out.getMetricData.q0).toMatchObject({ label: "Latency", status: "Complete" });
    expect(out.getMetricData.q0!.timestamps).toHaveLength(1);
    expect(out.getMetricData.q0!.timestamps[0]).toMatch(/:00\+00:00$/);
  });

  it("filters by Unit and evaluates metric math", () => {
    expect(out.getMetricData.count!.values).toEqual([10]);
    expect(out.getMetricData.countms!.values).toEqual([]);
    expect(out.getMetricData.math).toMatchObject({ label: "math", values: [21] });
    expect(out.getMetricData.total!.values).toEqual([5060]);
  });

  it("answers GetMetricStatistics with Statistics and with ExtendedStatistics", () => {
    expect(out.statistics).toHaveLength(1);
    expect(out.statistics[0]).toMatchObject({ SampleCount: 3, Sum: 10, Minimum: 2, Maximum: 5, Unit: "Count" });
    expect(out.statistics[0]!.Average).toBeCloseTo(10 / 3);
    expect(out.extended).toEqual([expect.objectContaining({ Unit: "Milliseconds", ExtendedStatistics: { p50: 50, p99: 99 } })]);
  });

  it("lists metrics by namespace and by dimension name alone, and pages 500 at a time", () => {
    expect(out.listByNamespace).toEqual(["Count", "Errors", "Latency"]);
    expect(out.listByDimensionName).toEqual(["Count", "Latency"]);
    expect(out.listPages).toEqual([500, 1]);
    expect(out.dataPage1).toEqual({ ids: ["a"], next: true });
  });

  it("gives botocore the awsQuery error codes and faults", () => {
    const errors = out.errors;
    expect(errors.endBeforeStart).toEqual({ code: "ValidationError", type: "Sender", status: 400, message: "The parameter EndTime must be greater than StartTime." });
    expect(errors.badPeriod).toMatchObject({ code: "InvalidParameterValue", type: "Sender", status: 400 });
    expect(errors.awsNamespace).toMatchObject({ code: "InvalidParameterValue", status: 400 });
    expect(errors.tooManyDatapoints).toMatchObject({ code: "InvalidParameterCombination", status: 400 });
    expect(errors.tooManyDatapoints.message).toContain("2,880 datapoints, which exceeds the limit of 1,440");
    expect(errors.notImplemented).toMatchObject({ code: "NotImplementedException", type: "Receiver", status: 501 });
  });
});
