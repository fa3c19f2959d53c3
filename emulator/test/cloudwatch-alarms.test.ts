import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  DisableAlarmActionsCommand,
  EnableAlarmActionsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  TagResourceCommand,
  UntagResourceCommand,
  paginateDescribeAlarms,
  type DescribeAlarmsCommandInput,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "./support/sandbox-for-file";
import { startSandboxProcess } from "./support/sandbox-process";
import { cloudWatchClient, expectAwsError } from "./support/clients";
import { awsCliEnv } from "./support/aws-cli-env";

const sandbox = sandboxForFile();
const client = cloudWatchClient(() => sandbox.url);

const MINUTE = 60_000;
const ACCOUNT_ARN = "arn:aws:cloudwatch:us-east-1:000000000000:alarm:";
let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}`;
const pad = (n: number) => String(n).padStart(2, "0");
/** A period start as AWS's state reasons print it: dd/MM/yy HH:mm:ss (UTC). */
function reasonTime(ms: number): string {
  const d = new Date(Math.floor(ms / MINUTE) * MINUTE);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
}

/** One-minute periods; 1 breaching datapoint out of the last 3 complete minutes raises the alarm. */
function alarm(name: string, namespace: string, extra: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommandInput {
  return {
    AlarmName: name,
    Namespace: namespace,
    MetricName: "Latency",
    Dimensions: [{ Name: "Stage", Value: "prod" }],
    Statistic: "Average",
    Period: 60,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 1,
    Threshold: 3,
    ComparisonOperator: "GreaterThanThreshold",
    ...extra,
  };
}

async function describeOne(name: string) {
  const result = await client.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  expect(result.MetricAlarms).toHaveLength(1);
  return result.MetricAlarms![0]!;
}

describe("PutMetricAlarm and DescribeAlarms", () => {
  it("creates an alarm in INSUFFICIENT_DATA and describes every field it was given", async () => {
    const name = fresh("shape");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Shape", {
      AlarmDescription: "latency too high",
      AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"],
      OKActions: ["arn:aws:sns:us-east-1:000000000000:ok"],
      Unit: "Milliseconds",
      TreatMissingData: "notBreaching",
    })));
    const described = await describeOne(name);
    expect(described).toMatchObject({
      AlarmName: name,
      AlarmArn: `${ACCOUNT_ARN}${name}`,
      AlarmDescription: "latency too high",
      ActionsEnabled: true,
      AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"],
      OKActions: ["arn:aws:sns:us-east-1:000000000000:ok"],
      InsufficientDataActions: [],
      Namespace: "Alarms/Shape",
      MetricName: "Latency",
      Dimensions: [{ Name: "Stage", Value: "prod" }],
      Statistic: "Average",
      Period: 60,
      Unit: "Milliseconds",
      EvaluationPeriods: 3,
      DatapointsToAlarm: 1,
      Threshold: 3,
      ComparisonOperator: "GreaterThanThreshold",
      TreatMissingData: "notBreaching",
    });
    expect(described.AlarmConfigurationUpdatedTimestamp).toBeInstanceOf(Date);
    expect(described.StateUpdatedTimestamp).toBeInstanceOf(Date);
  });

  it("a new alarm with no data says so: INSUFFICIENT_DATA, 'Unchecked: Initial alarm creation' until evaluated", async () => {
    const name = fresh("initial");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Initial", { TreatMissingData: "ignore" })));
    expect(await describeOne(name)).toMatchObject({ StateValue: "INSUFFICIENT_DATA", StateReason: "Unchecked: Initial alarm creation" });
  });

  it("an update replaces the configuration and keeps the state", async () => {
    const name = fresh("update");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Update", { TreatMissingData: "breaching" })));
    expect((await describeOne(name)).StateValue).toBe("ALARM");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Update", { TreatMissingData: "ignore", Threshold: 10, AlarmDescription: "second" })));
    expect(await describeOne(name)).toMatchObject({ StateValue: "ALARM", Threshold: 10, AlarmDescription: "second", TreatMissingData: "ignore" });
  });

  it("rejects invalid configurations with AWS's errors", async () => {
    const cases: Array<[Partial<PutMetricAlarmCommandInput>, string, RegExp]> /* input, error name, message */ = [
      [{ Period: 45 }, "ValidationException", /Period must be 10, 20, 30 or a multiple of 60/],
      [{ EvaluationPeriods: 2, DatapointsToAlarm: 3 }, "ValidationException", /^DatapointsToAlarm must be less than or equal to EvaluationPeriods$/],
      [{ EvaluationPeriods: 0, DatapointsToAlarm: undefined }, "ValidationException", /at 'evaluationPeriods' failed to satisfy constraint: Member must have value greater than or equal to 1/],
      [{ ComparisonOperator: "Bigger" as never }, "ValidationException", /Value 'Bigger' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set/],
      [{ TreatMissingData: "sometimes" }, "InvalidParameterValueException", /TreatMissingData is invalid/],
      [{ ExtendedStatistic: "p99" }, "InvalidParameterCombinationException", /Exactly one of the parameters Statistic or ExtendedStatistic/],
      [{ Statistic: undefined }, "InvalidParameterCombinationException", /Exactly one of the parameters Statistic or ExtendedStatistic/],
      [{ Threshold: undefined }, "MissingRequiredParameterException", /The request must contain the parameter Threshold/],
      [{ Period: 3600, EvaluationPeriods: 25, DatapointsToAlarm: 1 }, "ValidationException", /must not exceed one day \(86,400 seconds\)/],
    ];
    for (const [extra, code, message] of cases) {
      const error = await expectAwsError(client.send(new PutMetricAlarmCommand(alarm(fresh("invalid"), "Alarms/Invalid", extra))));
      expect({ name: error.name, status: error.status, message: message.test(error.message) }, error.message).toEqual({ name: code, status: 400, message: true });
    }
    const listed = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: "invalid-" }));
    expect(listed.MetricAlarms).toEqual([]);
  });

  it("accepts metric math alarms (Metrics) and rejects Metrics with more than one returned series", async () => {
    const name = fresh("math");
    const metrics = [
      { Id: "m1", MetricStat: { Metric: { Namespace: "Alarms/Math", MetricName: "Errors" }, Period: 60, Stat: "Sum" }, ReturnData: false },
      { Id: "m2", MetricStat: { Metric: { Namespace: "Alarms/Math", MetricName: "Faults" }, Period: 60, Stat: "Sum" }, ReturnData: false },
      { Id: "e1", Expression: "m1 + m2", Label: "All errors", ReturnData: true },
    ];
    const mathAlarm = { ...alarm(name, "unused"), Namespace: undefined, MetricName: undefined, Dimensions: undefined, Statistic: undefined, Period: undefined };
    await client.send(new PutMetricAlarmCommand({ ...mathAlarm, Metrics: metrics }));
    const described = await describeOne(name);
    expect(described.Metrics).toEqual([
      { Id: "m1", MetricStat: { Metric: { Namespace: "Alarms/Math", MetricName: "Errors", Dimensions: [] }, Period: 60, Stat: "Sum" }, ReturnData: false },
      { Id: "m2", MetricStat: { Metric: { Namespace: "Alarms/Math", MetricName: "Faults", Dimensions: [] }, Period: 60, Stat: "Sum" }, ReturnData: false },
      { Id: "e1", Expression: "m1 + m2", Label: "All errors", ReturnData: true },
    ]);
    const recent = Date.now() - 90_000;
    await client.send(new PutMetricDataCommand({ Namespace: "Alarms/Math", MetricData: [
      { MetricName: "Errors", Timestamp: new Date(recent), Value: 2 },
      { MetricName: "Faults", Timestamp: new Date(recent), Value: 2 },
    ] }));
    expect((await describeOne(name)).StateValue).toBe("ALARM");
    const twoReturned = await expectAwsError(client.send(new PutMetricAlarmCommand({ ...mathAlarm, AlarmName: fresh("math"), Metrics: metrics.map((m) => ({ ...m, ReturnData: true })) })));
    expect(twoReturned).toMatchObject({ status: 400, message: "Metrics list must contain exactly one metric matching the ReturnData parameter set to true." });
    const elevenMetrics = Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MetricStat: { Metric: { Namespace: "Alarms/Math", MetricName: `M${i}` }, Period: 60, Stat: "Sum" }, ReturnData: false }));
    const tooMany = await expectAwsError(client.send(new PutMetricAlarmCommand({ ...mathAlarm, AlarmName: fresh("math"), Metrics: [...elevenMetrics, { Id: "e1", Expression: "SUM(METRICS())" }] })));
    expect(tooMany).toMatchObject({ name: "ValidationException", status: 400, message: "Alarms based on metric math expressions can have up to 10 metrics." });
  });
});

describe("alarm evaluation from PutMetricData", () => {
  it("goes to ALARM on a breaching datapoint and back to OK when the period's average drops, recording both in the history", async () => {
    const name = fresh("eval");
    const ns = `Alarms/Eval${counter}`;
    await client.send(new PutMetricAlarmCommand(alarm(name, ns)));
    expect((await describeOne(name)).StateValue).toBe("INSUFFICIENT_DATA");

    const recent = Date.now() - 90_000;
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Latency", Dimensions: [{ Name: "Stage", Value: "prod" }], Timestamp: new Date(recent), Value: 5 }] }));
    const raised = await describeOne(name);
    expect(raised.StateValue).toBe("ALARM");
    expect(raised.StateReason).toBe(
      `Threshold Crossed: 1 out of the last 3 datapoints [5.0 (${reasonTime(recent)})] was greater than the threshold (3.0) (minimum 1 datapoint for INSUFFICIENT_DATA -> ALARM transition).`,
    );
    expect(JSON.parse(raised.StateReasonData!)).toMatchObject({ version: "1.0", statistic: "Average", period: 60, threshold: 3, recentDatapoints: [5] });

    // Four zeros in the same minute bring its average to 1.
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Latency", Dimensions: [{ Name: "Stage", Value: "prod" }], Timestamp: new Date(recent), Values: [0], Counts: [4] }] }));
    const cleared = await describeOne(name);
    expect(cleared.StateValue).toBe("OK");
    expect(cleared.StateReason).toMatch(/^Threshold Crossed: \d out of the last 3 datapoints \[1\.0 \(.*\)\] was not greater than the threshold \(3\.0\)/);

    const history = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, HistoryItemType: "StateUpdate" }));
    expect(history.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual(["Alarm updated from ALARM to OK", "Alarm updated from INSUFFICIENT_DATA to ALARM"]);
    const latest = history.AlarmHistoryItems![0]!;
    expect(latest).toMatchObject({ AlarmName: name, AlarmType: "MetricAlarm", HistoryItemType: "StateUpdate" });
    expect(JSON.parse(latest.HistoryData!)).toMatchObject({ version: "1.0", oldState: { stateValue: "ALARM" }, newState: { stateValue: "OK", stateReason: cleared.StateReason } });
  });

  it("treats missing data as AWS documents: missing, notBreaching, breaching, ignore", async () => {
    const states: Record<string, string | undefined> = {};
    for (const treatment of ["missing", "notBreaching", "breaching", "ignore"]) {
      const name = fresh(`missing-${treatment}`);
      await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/NoData", { TreatMissingData: treatment })));
      states[treatment] = (await describeOne(name)).StateValue;
    }
    expect(states).toEqual({ missing: "INSUFFICIENT_DATA", notBreaching: "OK", breaching: "ALARM", ignore: "INSUFFICIENT_DATA" });
    const breaching = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: "missing-breaching" }));
    expect(breaching.MetricAlarms![0]!.StateReason).toBe("Threshold Crossed: no datapoints were received for 3 periods and 3 missing datapoints were treated as [Breaching].");
  });

  it("evaluates percentile alarms (ExtendedStatistic) from the raw values", async () => {
    const name = fresh("p90");
    const ns = `Alarms/P90${counter}`;
    await client.send(new PutMetricAlarmCommand(alarm(name, ns, { Statistic: undefined, ExtendedStatistic: "p90", Threshold: 80 })));
    await client.send(new PutMetricDataCommand({ Namespace: ns, MetricData: [{ MetricName: "Latency", Dimensions: [{ Name: "Stage", Value: "prod" }], Timestamp: new Date(Date.now() - 90_000), Values: Array.from({ length: 100 }, (_, i) => i + 1) }] }));
    expect(await describeOne(name)).toMatchObject({ StateValue: "ALARM", ExtendedStatistic: "p90" });
  });
});

describe("SetAlarmState", () => {
  it("sets the state and reason, records a StateUpdate, and holds while the data does not change it", async () => {
    const name = fresh("set");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Set", { TreatMissingData: "ignore" })));
    await client.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: "ALARM", StateReason: "testing the pager", StateReasonData: '{"by":"test"}' }));
    expect(await describeOne(name)).toMatchObject({ StateValue: "ALARM", StateReason: "testing the pager", StateReasonData: '{"by":"test"}' });
    const history = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, HistoryItemType: "StateUpdate" }));
    expect(history.AlarmHistoryItems).toHaveLength(1);
    expect(history.AlarmHistoryItems![0]!.HistorySummary).toBe("Alarm updated from INSUFFICIENT_DATA to ALARM");
    expect(JSON.parse(history.AlarmHistoryItems![0]!.HistoryData!)).toMatchObject({ newState: { stateValue: "ALARM", stateReason: "testing the pager", stateReasonData: { by: "test" } } });
  });

  it("refuses an unknown alarm, a state outside the enum, and StateReasonData that is not JSON", async () => {
    const unknown = await expectAwsError(client.send(new SetAlarmStateCommand({ AlarmName: "no-such-alarm", StateValue: "OK", StateReason: "x" })));
    expect(unknown).toMatchObject({ name: "ResourceNotFound", status: 404, message: "Alarm no-such-alarm not found" });
    const name = fresh("set-bad");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Set")));
    const badJson = await expectAwsError(client.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: "OK", StateReason: "x", StateReasonData: "{not json" })));
    expect(badJson).toMatchObject({ name: "InvalidFormatFault", status: 400, message: "Data was not syntactically valid JSON" });
    const badState = await expectAwsError(client.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: "BROKEN" as never, StateReason: "x" })));
    expect(badState).toMatchObject({ status: 400, message: expect.stringContaining("Value 'BROKEN' at 'stateValue' failed to satisfy constraint") });
  });
});

describe("DescribeAlarms filters and pages, DescribeAlarmsForMetric, actions, DeleteAlarms", () => {
  it("filters by names, prefix, state, action prefix and alarm type", async () => {
    const prefix = fresh("filter");
    await client.send(new PutMetricAlarmCommand(alarm(`${prefix}-a`, "Alarms/Filter", { TreatMissingData: "breaching", AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"] })));
    await client.send(new PutMetricAlarmCommand(alarm(`${prefix}-b`, "Alarms/Filter", { TreatMissingData: "notBreaching" })));
    await client.send(new PutMetricAlarmCommand(alarm(`${prefix}-c`, "Alarms/Filter", { TreatMissingData: "notBreaching" })));
    const names = async (input: DescribeAlarmsCommandInput) =>
      ((await client.send(new DescribeAlarmsCommand(input))).MetricAlarms ?? []).map((a) => a.AlarmName);
    expect(await names({ AlarmNamePrefix: prefix })).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
    expect(await names({ AlarmNames: [`${prefix}-c`, `${prefix}-a`, "nope"] })).toEqual([`${prefix}-a`, `${prefix}-c`]);
    expect(await names({ AlarmNamePrefix: prefix, StateValue: "OK" })).toEqual([`${prefix}-b`, `${prefix}-c`]);
    expect(await names({ AlarmNamePrefix: prefix, ActionPrefix: "arn:aws:sns:us-east-1:000000000000:pag" })).toEqual([`${prefix}-a`]);
    expect(await names({ AlarmNamePrefix: prefix, AlarmTypes: ["CompositeAlarm"] })).toEqual([]);
    expect(await names({ AlarmNamePrefix: prefix, AlarmTypes: ["MetricAlarm", "CompositeAlarm"] })).toHaveLength(3);
    const both = await expectAwsError(client.send(new DescribeAlarmsCommand({ AlarmNames: ["x"], AlarmNamePrefix: "x" })));
    expect(both).toMatchObject({ status: 400, message: "AlarmNames and AlarmNamePrefix cannot be specified together." });
  });

  it("pages with MaxRecords and NextToken, and the SDK paginator sees each alarm once", async () => {
    const prefix = fresh("page");
    for (const letter of ["a", "b", "c", "d", "e"]) await client.send(new PutMetricAlarmCommand(alarm(`${prefix}-${letter}`, "Alarms/Page")));
    const first = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: prefix, MaxRecords: 2 }));
    expect(first.MetricAlarms!.map((a) => a.AlarmName)).toEqual([`${prefix}-a`, `${prefix}-b`]);
    expect(first.NextToken).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateDescribeAlarms({ client, pageSize: 2 }, { AlarmNamePrefix: prefix })) seen.push(...page.MetricAlarms!.map((a) => a.AlarmName!));
    expect(seen).toEqual(["a", "b", "c", "d", "e"].map((letter) => `${prefix}-${letter}`));
    const bad = await expectAwsError(client.send(new DescribeAlarmsCommand({ NextToken: "garbage" })));
    expect(bad).toMatchObject({ name: "InvalidNextToken", status: 400, message: "The service couldn't process the NextToken." });
    const tooMany = await expectAwsError(client.send(new DescribeAlarmsCommand({ MaxRecords: 101 })));
    expect(tooMany).toMatchObject({ status: 400, message: expect.stringContaining("at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to 100") });
  });

  it("DescribeAlarmsForMetric finds the alarms on exactly that metric", async () => {
    const ns = `Alarms/ForMetric${++counter}`;
    await client.send(new PutMetricAlarmCommand(alarm("for-metric-avg", ns)));
    await client.send(new PutMetricAlarmCommand(alarm("for-metric-max", ns, { Statistic: "Maximum" })));
    await client.send(new PutMetricAlarmCommand(alarm("for-metric-other-stage", ns, { Dimensions: [{ Name: "Stage", Value: "beta" }] })));
    const all = await client.send(new DescribeAlarmsForMetricCommand({ Namespace: ns, MetricName: "Latency", Dimensions: [{ Name: "Stage", Value: "prod" }] }));
    expect(all.MetricAlarms!.map((a) => a.AlarmName).sort()).toEqual(["for-metric-avg", "for-metric-max"]);
    const max = await client.send(new DescribeAlarmsForMetricCommand({ Namespace: ns, MetricName: "Latency", Dimensions: [{ Name: "Stage", Value: "prod" }], Statistic: "Maximum" }));
    expect(max.MetricAlarms!.map((a) => a.AlarmName)).toEqual(["for-metric-max"]);
    const none = await client.send(new DescribeAlarmsForMetricCommand({ Namespace: ns, MetricName: "Latency" }));
    expect(none.MetricAlarms).toEqual([]);
  });

  it("DisableAlarmActions and EnableAlarmActions switch ActionsEnabled", async () => {
    const name = fresh("actions");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Actions")));
    await client.send(new DisableAlarmActionsCommand({ AlarmNames: [name, "not-an-alarm"] }));
    expect((await describeOne(name)).ActionsEnabled).toBe(false);
    await client.send(new EnableAlarmActionsCommand({ AlarmNames: [name] }));
    expect((await describeOne(name)).ActionsEnabled).toBe(true);
  });

  it("DeleteAlarms deletes the named alarms that exist and skips names that do not (AWS's documented behaviour)", async () => {
    const prefix = fresh("delete");
    await client.send(new PutMetricAlarmCommand(alarm(`${prefix}-a`, "Alarms/Delete")));
    await client.send(new PutMetricAlarmCommand(alarm(`${prefix}-b`, "Alarms/Delete")));
    await client.send(new DeleteAlarmsCommand({ AlarmNames: [`${prefix}-a`, `${prefix}-missing`] }));
    const left = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: prefix }));
    expect(left.MetricAlarms!.map((a) => a.AlarmName)).toEqual([`${prefix}-b`]);
    const history = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: `${prefix}-a`, HistoryItemType: "ConfigurationUpdate" }));
    expect(history.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual([`Alarm "${prefix}-a" deleted`, `Alarm "${prefix}-a" created`]);
  });
});

describe("DescribeAlarmHistory", () => {
  it("evaluates alarms before listing, so a change the data asks for shows without a DescribeAlarms first", async () => {
    const name = fresh("history-lazy");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/HistoryLazy", { TreatMissingData: "breaching" })));
    const history = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, HistoryItemType: "StateUpdate" }));
    expect(history.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual(["Alarm updated from INSUFFICIENT_DATA to ALARM"]);
  });

  it("lists configuration and state updates newest first, filters by type and dates, pages with NextToken", async () => {
    const name = fresh("history");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/History", { TreatMissingData: "ignore" })));
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/History", { TreatMissingData: "ignore", Threshold: 4 })));
    await client.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: "OK", StateReason: "manual" }));
    const all = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name }));
    expect(all.AlarmHistoryItems!.map((item) => [item.HistoryItemType, item.HistorySummary])).toEqual([
      ["StateUpdate", "Alarm updated from INSUFFICIENT_DATA to OK"],
      ["ConfigurationUpdate", `Alarm "${name}" updated`],
      ["ConfigurationUpdate", `Alarm "${name}" created`],
    ]);
    const created = JSON.parse(all.AlarmHistoryItems![2]!.HistoryData!) as { type: string; createdAlarm: { AlarmName: string; Threshold: number } };
    expect(created).toMatchObject({ type: "Create", createdAlarm: { AlarmName: name, Threshold: 3 } });
    const ascending = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, ScanBy: "TimestampAscending", HistoryItemType: "ConfigurationUpdate" }));
    expect(ascending.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual([`Alarm "${name}" created`, `Alarm "${name}" updated`]);
    const future = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, StartDate: new Date(Date.now() + 3_600_000) }));
    expect(future.AlarmHistoryItems).toEqual([]);

    const first = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, MaxRecords: 2 }));
    expect(first.AlarmHistoryItems).toHaveLength(2);
    const second = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: name, MaxRecords: 2, NextToken: first.NextToken }));
    expect(second.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual([`Alarm "${name}" created`]);
    expect(second.NextToken).toBeUndefined();
    const badType = await expectAwsError(client.send(new DescribeAlarmHistoryCommand({ HistoryItemType: "Gossip" as never })));
    expect(badType).toMatchObject({ status: 400, message: expect.stringContaining("Value 'Gossip' at 'historyItemType' failed to satisfy constraint") });
  });
});

describe("alarm tags", () => {
  it("PutMetricAlarm Tags, TagResource, UntagResource and ListTagsForResource on an alarm ARN", async () => {
    const name = fresh("tags");
    const arn = `${ACCOUNT_ARN}${name}`;
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Tags", { Tags: [{ Key: "team", Value: "api" }] })));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags).toEqual([{ Key: "team", Value: "api" }]);
    await client.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: "team", Value: "edge" }, { Key: "tier", Value: "1" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags).toEqual([{ Key: "team", Value: "edge" }, { Key: "tier", Value: "1" }]);
    await client.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ["team"] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags).toEqual([{ Key: "tier", Value: "1" }]);
    // An update ignores Tags (AWS: use TagResource to change an existing alarm's tags).
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Tags", { Tags: [{ Key: "ignored", Value: "yes" }] })));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags).toEqual([{ Key: "tier", Value: "1" }]);
  });

  it("answers ResourceNotFoundException for an alarm that does not exist and refuses more than 50 tags", async () => {
    const missing = await expectAwsError(client.send(new ListTagsForResourceCommand({ ResourceARN: `${ACCOUNT_ARN}nothing-here` })));
    expect(missing).toMatchObject({ name: "ResourceNotFoundException", status: 404 });
    const name = fresh("many-tags");
    await client.send(new PutMetricAlarmCommand(alarm(name, "Alarms/Tags")));
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    const tooMany = await expectAwsError(client.send(new TagResourceCommand({ ResourceARN: `${ACCOUNT_ARN}${name}`, Tags: tags })));
    expect(tooMany).toMatchObject({ name: "InvalidParameterValueException", status: 400, message: "The collection Tags must not have a size greater than 50." });
  });
});

describe("alarms across a restart", () => {
  it("keeps alarms, their state, history and tags in the data folder", async () => {
    const first = await startSandboxProcess({ dataDir: "temp" });
    try {
      const before = cloudWatchClient(first.url);
      await before.send(new PutMetricAlarmCommand(alarm("durable", "Alarms/Durable", { TreatMissingData: "ignore", Tags: [{ Key: "keep", Value: "me" }] })));
      await before.send(new SetAlarmStateCommand({ AlarmName: "durable", StateValue: "ALARM", StateReason: "before restart" }));
    } finally {
      await first.stop();
    }
    const second = await startSandboxProcess({ dataDir: first.dataDir });
    try {
      const after = cloudWatchClient(second.url);
      const described = await after.send(new DescribeAlarmsCommand({ AlarmNames: ["durable"] }));
      expect(described.MetricAlarms![0]).toMatchObject({ StateValue: "ALARM", StateReason: "before restart", Threshold: 3 });
      const history = await after.send(new DescribeAlarmHistoryCommand({ AlarmName: "durable" }));
      expect(history.AlarmHistoryItems).toHaveLength(2);
      expect((await after.send(new ListTagsForResourceCommand({ ResourceARN: `${ACCOUNT_ARN}durable` }))).Tags).toEqual([{ Key: "keep", Value: "me" }]);
    } finally {
      await second.stop();
    }
  });
});

const run = promisify(execFile);

interface AlarmScenarioOutput {
  protocol: string;
  urls: string[];
  alarms: Array<Record<string, unknown>>;
  tags: Array<{ Key: string; Value: string }>;
  history: string[];
  putDashboard: unknown[];
  getDashboard: { DashboardName: string; DashboardArn: string; DashboardBody: string };
  errors: Record<"unknownAlarm" | "badPeriod" | "missingDashboard", { code: string; message: string; status: number }>;
}

const expectedWire: Record<string, RegExp> = {
  "smithy-rpc-v2-cbor": /\/service\/GraniteServiceVersion20100801\/operation\/[A-Za-z]+ application\/cbor$/,
  query: /^http:\/\/[^/]+\/ application\/x-www-form-urlencoded; charset=utf-8$/,
};

// boto3 forced onto the two protocols the JS SDK does not use: awsQuery (XML lists of members) and rpcv2Cbor.
describe.each(["query", "smithy-rpc-v2-cbor"])("boto3 over %s: alarms and dashboards", (protocol) => {
  const prefix = `boto3-${protocol.length}`;
  let out: AlarmScenarioOutput;
  beforeAll(async () => {
    const script = join(import.meta.dirname, "clients/cloudwatch_alarm_scenarios.py");
    const env = { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", PYTHONWARNINGS: "ignore" };
    const { stdout } = await run("python3", [script, sandbox.url, protocol, prefix], { env, timeout: 50_000 });
    out = JSON.parse(stdout) as AlarmScenarioOutput;
  });

  it("really speaks that protocol", () => {
    expect(out.protocol).toBe(protocol);
    expect(out.urls.length).toBeGreaterThan(5);
    for (const request of out.urls) expect(request).toMatch(expectedWire[protocol]!);
  });

  it("PutMetricAlarm then DescribeAlarms returns both alarms, evaluated, with lists and metric math intact", () => {
    expect(out.alarms.map((a) => [a.AlarmName, a.StateValue])).toEqual([[`${prefix}-math`, "OK"], [`${prefix}-single`, "ALARM"]]);
    expect(out.alarms[1]).toMatchObject({
      AlarmArn: `${ACCOUNT_ARN}${prefix}-single`,
      Namespace: `Boto3Alarms/${prefix}`,
      Dimensions: [{ Name: "Stage", Value: "prod" }],
      Statistic: "Maximum",
      Period: 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 1,
      Threshold: 3.5,
      ComparisonOperator: "GreaterThanThreshold",
      ActionsEnabled: true,
      AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"],
      stateUpdatedIsDate: true,
      integersAreInts: true,
    });
    expect(out.alarms[0]!.integersAreInts).toBe(true);
    expect(out.alarms[0]!.Metrics).toEqual([
      { Id: "m1", MetricStat: { Metric: { Namespace: `Boto3Alarms/${prefix}`, MetricName: "Latency", Dimensions: [{ Name: "Stage", Value: "prod" }] }, Period: 60, Stat: "Sum" }, ReturnData: false },
      { Id: "e1", Expression: "m1 * 2", Label: "Doubled", ReturnData: true },
    ]);
    expect(out.tags).toEqual([{ Key: "team", Value: "api" }]);
    expect(out.history).toEqual([`Alarm "${prefix}-single" created`, "Alarm updated from INSUFFICIENT_DATA to ALARM"]);
  });

  it("PutDashboard then GetDashboard returns the body, and errors carry AWS's query codes", () => {
    expect(out.putDashboard).toEqual([]);
    expect(out.getDashboard).toEqual({
      DashboardName: `${prefix}-dash`,
      DashboardArn: `arn:aws:cloudwatch::000000000000:dashboard/${prefix}-dash`,
      DashboardBody: JSON.stringify({ widgets: [{ type: "text", x: 0, y: 0, width: 6, height: 3, properties: { markdown: "hi" } }] }).replace(/([:,])/g, "$1 "),
    });
    expect(out.errors).toEqual({
      unknownAlarm: { code: "ResourceNotFound", message: `Alarm ${prefix}-nothing not found`, status: 404 },
      badPeriod: { code: "ValidationError", message: "The parameter Period must be 10, 20, 30 or a multiple of 60.", status: 400 },
      missingDashboard: { code: "ResourceNotFound", message: `Dashboard ${prefix}-dash-nothing does not exist`, status: 404 },
    });
  });
});

describe("AWS CLI (aws cloudwatch)", () => {
  it("put-metric-alarm, then describe-alarms shows it", async () => {
    const cli = (...args: string[]) => run("aws", ["cloudwatch", ...args, "--endpoint-url", sandbox.url, "--output", "json"], { env: awsCliEnv(), timeout: 60_000 });
    await cli("put-metric-alarm", "--alarm-name", "cli-alarm", "--namespace", "Alarms/Cli", "--metric-name", "Errors", "--statistic", "Sum",
      "--period", "300", "--evaluation-periods", "2", "--threshold", "10", "--comparison-operator", "GreaterThanOrEqualToThreshold",
      "--dimensions", "Name=Stage,Value=prod", "--treat-missing-data", "notBreaching");
    const { stdout } = await cli("describe-alarms", "--alarm-names", "cli-alarm");
    const described = JSON.parse(stdout) as { MetricAlarms: Array<Record<string, unknown>> };
    expect(described.MetricAlarms).toHaveLength(1);
    expect(described.MetricAlarms[0]).toMatchObject({
      AlarmName: "cli-alarm",
      StateValue: "OK",
      Period: 300,
      EvaluationPeriods: 2,
      Threshold: 10,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      Dimensions: [{ Name: "Stage", Value: "prod" }],
    });
  }, 180_000);
});
