import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DisableAlarmActionsCommand,
  ListTagsForResourceCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  type PutCompositeAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "./support/sandbox-for-file";
import { cloudWatchClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = cloudWatchClient(() => sandbox.url);
const run = promisify(execFile);

const ARN = "arn:aws:cloudwatch:us-east-1:000000000000:alarm:";
let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}`;

/** A one-minute metric alarm on Latency in `namespace`: ALARM when the average of any of the last 3 minutes is over 3. */
async function metricAlarm(name: string, namespace = `Composite/${name}`): Promise<string> {
  await client.send(new PutMetricAlarmCommand({
    AlarmName: name,
    Namespace: namespace,
    MetricName: "Latency",
    Statistic: "Average",
    Period: 60,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 1,
    Threshold: 3,
    ComparisonOperator: "GreaterThanThreshold",
    TreatMissingData: "notBreaching",
  }));
  return namespace;
}

/** Drives the alarm's metric: `value` 90 s ago, inside one of the last 3 complete minutes. */
async function latency(namespace: string, value: number, counts?: number): Promise<void> {
  const Timestamp = new Date(Date.now() - 90_000);
  const datum = counts === undefined ? { MetricName: "Latency", Timestamp, Value: value } : { MetricName: "Latency", Timestamp, Values: [value], Counts: [counts] };
  await client.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [datum] }));
}

const putComposite = (input: PutCompositeAlarmCommandInput) => client.send(new PutCompositeAlarmCommand(input));

async function composite(name: string) {
  const result = await client.send(new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ["CompositeAlarm"] }));
  expect(result.CompositeAlarms).toHaveLength(1);
  return result.CompositeAlarms![0]!;
}

describe("PutCompositeAlarm over two metric alarms driven by PutMetricData", () => {
  it("describes every field given, and moves OK -> ALARM -> OK with its children, recording each change", async () => {
    const [a, b, both] = [fresh("child-a"), fresh("child-b"), fresh("both")];
    const [nsA, nsB] = [await metricAlarm(a), await metricAlarm(b)];
    await putComposite({
      AlarmName: both,
      AlarmRule: `ALARM("${a}") AND ALARM(${b})`,
      AlarmDescription: "both children raised",
      AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"],
      OKActions: ["arn:aws:sns:us-east-1:000000000000:ok"],
      Tags: [{ Key: "team", Value: "api" }],
    });
    const created = await composite(both);
    expect(created).toMatchObject({
      AlarmName: both,
      AlarmArn: `${ARN}${both}`,
      AlarmRule: `ALARM("${a}") AND ALARM(${b})`,
      AlarmDescription: "both children raised",
      ActionsEnabled: true,
      AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"],
      OKActions: ["arn:aws:sns:us-east-1:000000000000:ok"],
      InsufficientDataActions: [],
      StateValue: "OK",
    });
    expect(created.StateTransitionedTimestamp).toBeInstanceOf(Date);

    await latency(nsA, 5);
    expect((await composite(both)).StateValue).toBe("OK");
    await latency(nsB, 9);
    const raised = await composite(both);
    expect(raised.StateValue).toBe("ALARM");
    expect(raised.StateReason).toMatch(new RegExp(`^${ARN}${b} transitioned to ALARM at [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+, \\d{4} \\d\\d:\\d\\d:\\d\\d UTC$`));
    const triggering = (JSON.parse(raised.StateReasonData!) as { triggeringAlarms: Array<{ arn: string; state: { value: string } }> }).triggeringAlarms;
    expect(triggering.map((t) => [t.arn, t.state.value])).toEqual([[`${ARN}${b}`, "ALARM"], [`${ARN}${a}`, "ALARM"]]);

    // Ten zeros bring b's minute average to 9/11, under the threshold.
    await latency(nsB, 0, 10);
    expect((await composite(both)).StateValue).toBe("OK");

    const history = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: both, AlarmTypes: ["CompositeAlarm"], ScanBy: "TimestampAscending" }));
    expect(history.AlarmHistoryItems!.map((item) => [item.AlarmType, item.HistoryItemType, item.HistorySummary])).toEqual([
      ["CompositeAlarm", "ConfigurationUpdate", `Alarm "${both}" created`],
      ["CompositeAlarm", "StateUpdate", "Alarm updated from INSUFFICIENT_DATA to OK"],
      ["CompositeAlarm", "StateUpdate", "Alarm updated from OK to ALARM"],
      ["CompositeAlarm", "StateUpdate", "Alarm updated from ALARM to OK"],
    ]);
    const metricOnly = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: both }));
    expect(metricOnly.AlarmHistoryItems).toEqual([]);
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceARN: `${ARN}${both}` }));
    expect(tags.Tags).toEqual([{ Key: "team", Value: "api" }]);
  });

  it("keeps the state on update, replacing the whole configuration", async () => {
    const [a, c] = [fresh("upd-child"), fresh("upd")];
    await metricAlarm(a);
    await putComposite({ AlarmName: c, AlarmRule: `OK(${a})`, AlarmDescription: "first", AlarmActions: ["arn:aws:sns:us-east-1:000000000000:x"] });
    expect((await composite(c)).StateValue).toBe("ALARM");
    await putComposite({ AlarmName: c, AlarmRule: `OK(${a}) OR FALSE`, ActionsEnabled: false });
    const updated = await composite(c);
    expect(updated).toMatchObject({ AlarmRule: `OK(${a}) OR FALSE`, ActionsEnabled: false, AlarmActions: [], StateValue: "ALARM" });
    expect(updated.AlarmDescription).toBeUndefined();
  });
});

describe("PutCompositeAlarm validation", () => {
  it("refuses a rule naming an alarm that does not exist, and saves nothing", async () => {
    const [a, c] = [fresh("exists"), fresh("refused")];
    await metricAlarm(a);
    const error = await expectAwsError(putComposite({ AlarmName: c, AlarmRule: `ALARM(${a}) OR ALARM(nope-${counter})` }));
    expect(error).toMatchObject({ name: "ValidationException", status: 400, message: `Could not save the composite alarm as alarms [nope-${counter}] in the alarm rule do not exist` });
    expect((await client.send(new DescribeAlarmsCommand({ AlarmNames: [c], AlarmTypes: ["CompositeAlarm"] }))).CompositeAlarms).toEqual([]);
  });

  it("refuses malformed rules with AWS's 'Error in AlarmRule' message", async () => {
    const a = fresh("syntax");
    await metricAlarm(a);
    const empty = await expectAwsError(putComposite({ AlarmName: fresh("bad"), AlarmRule: "()" }));
    expect(empty).toMatchObject({ name: "ValidationException", status: 400, message: "Error in AlarmRule [Unsupported token ')' at char 1]" });
    const dangling = await expectAwsError(putComposite({ AlarmName: fresh("bad"), AlarmRule: `ALARM(${a}) AND` }));
    expect(dangling.message).toBe(`Error in AlarmRule [Unexpected end of rule at char ${`ALARM(${a}) AND`.length}]`);
  });

  it("accepts an update that closes a cycle (AWS documents cycles as possible), stops evaluating it, and refuses to delete its members", async () => {
    const [a, x, y] = [fresh("cyc-child"), fresh("cyc-x"), fresh("cyc-y")];
    const ns = await metricAlarm(a);
    await putComposite({ AlarmName: x, AlarmRule: `ALARM(${a})` });
    await putComposite({ AlarmName: y, AlarmRule: `ALARM(${x})` });
    await putComposite({ AlarmName: x, AlarmRule: `ALARM(${a}) OR ALARM(${y})` });
    await latency(ns, 7);
    expect((await composite(x)).StateValue).toBe("INSUFFICIENT_DATA");
    const refused = await expectAwsError(client.send(new DeleteAlarmsCommand({ AlarmNames: [x] })));
    expect(refused).toMatchObject({ name: "ValidationException", message: `Cannot delete ${x} as there are composite alarm(s) depending on it.` });
    // The way out the reference gives: change one rule to FALSE.
    await putComposite({ AlarmName: x, AlarmRule: "FALSE" });
    expect((await composite(x)).StateValue).toBe("OK");
    await client.send(new DeleteAlarmsCommand({ AlarmNames: [y] }));
    await client.send(new DeleteAlarmsCommand({ AlarmNames: [x] }));
  });

  it("refuses a composite with a metric alarm's name", async () => {
    const a = fresh("taken");
    await metricAlarm(a);
    const error = await expectAwsError(putComposite({ AlarmName: a, AlarmRule: "TRUE" }));
    expect(error).toMatchObject({ name: "ValidationException", message: `The alarm ${a} already exists as a metric alarm.` });
  });
});

describe("DescribeAlarms filters", () => {
  it("lists composites only under AlarmTypes CompositeAlarm, and filters them by prefix and state", async () => {
    const prefix = fresh("filters");
    const a = `${prefix}-metric`;
    await metricAlarm(a);
    await putComposite({ AlarmName: `${prefix}-on`, AlarmRule: "TRUE" });
    await putComposite({ AlarmName: `${prefix}-off`, AlarmRule: `ALARM(${a})` });
    const byDefault = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: prefix }));
    expect(byDefault.MetricAlarms!.map((alarm) => alarm.AlarmName)).toEqual([a]);
    expect(byDefault.CompositeAlarms).toEqual([]);
    const both = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: prefix, AlarmTypes: ["CompositeAlarm", "MetricAlarm"] }));
    expect(both.MetricAlarms!.map((alarm) => alarm.AlarmName)).toEqual([a]);
    expect(both.CompositeAlarms!.map((alarm) => alarm.AlarmName)).toEqual([`${prefix}-off`, `${prefix}-on`]);
    const alarmed = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: prefix, AlarmTypes: ["CompositeAlarm"], StateValue: "ALARM" }));
    expect(alarmed.CompositeAlarms!.map((alarm) => alarm.AlarmName)).toEqual([`${prefix}-on`]);
  });

  it("ChildrenOfAlarmName gives the rule's alarms (name, ARN, state, updated) and ParentsOfAlarmName the composites (name, ARN)", async () => {
    const prefix = fresh("family");
    const [a, inner, outer] = [`${prefix}-a`, `${prefix}-inner`, `${prefix}-outer`];
    await metricAlarm(a);
    await putComposite({ AlarmName: inner, AlarmRule: `ALARM(${a})` });
    await putComposite({ AlarmName: outer, AlarmRule: `ALARM(${inner}) OR OK("${ARN}${a}")` });
    const children = await client.send(new DescribeAlarmsCommand({ ChildrenOfAlarmName: outer }));
    expect(children.MetricAlarms).toEqual([{ AlarmName: a, AlarmArn: `${ARN}${a}`, StateValue: "OK", StateUpdatedTimestamp: expect.any(Date) }]);
    expect(children.CompositeAlarms).toEqual([{ AlarmName: inner, AlarmArn: `${ARN}${inner}`, StateValue: "OK", StateUpdatedTimestamp: expect.any(Date) }]);
    const parents = await client.send(new DescribeAlarmsCommand({ ParentsOfAlarmName: a }));
    expect(parents.MetricAlarms).toEqual([]);
    expect(parents.CompositeAlarms).toEqual([{ AlarmName: inner, AlarmArn: `${ARN}${inner}` }, { AlarmName: outer, AlarmArn: `${ARN}${outer}` }]);
  });

  it("refuses ChildrenOfAlarmName with any parameter but MaxRecords and NextToken", async () => {
    const error = await expectAwsError(client.send(new DescribeAlarmsCommand({ ChildrenOfAlarmName: "x", StateValue: "OK" })));
    expect(error).toMatchObject({ name: "ValidationException", status: 400, message: "If ChildrenOfAlarmName is specified, no other parameters except MaxRecords and NextToken can be specified." });
    const paged = await client.send(new DescribeAlarmsCommand({ ParentsOfAlarmName: "x", MaxRecords: 10 }));
    expect(paged.CompositeAlarms).toEqual([]);
  });
});

describe("SetAlarmState and actions on composites", () => {
  it("sets a composite's state, which holds until a child changes state", async () => {
    const [a, c] = [fresh("set-child"), fresh("set")];
    const ns = await metricAlarm(a);
    await putComposite({ AlarmName: c, AlarmRule: `ALARM(${a})` });
    expect((await composite(c)).StateValue).toBe("OK");
    await client.send(new SetAlarmStateCommand({ AlarmName: c, StateValue: "ALARM", StateReason: "drill", StateReasonData: '{"by":"test"}' }));
    expect(await composite(c)).toMatchObject({ StateValue: "ALARM", StateReason: "drill", StateReasonData: '{"by":"test"}' });
    await latency(ns, 8);
    expect((await composite(c)).StateValue).toBe("ALARM");
    await latency(ns, 0, 100);
    expect((await composite(c)).StateValue).toBe("OK");
  });

  it("still answers ResourceNotFound for a name that is neither kind of alarm", async () => {
    const error = await expectAwsError(client.send(new SetAlarmStateCommand({ AlarmName: "nobody-here", StateValue: "OK", StateReason: "x" })));
    expect(error).toMatchObject({ name: "ResourceNotFound", message: "Alarm nobody-here not found" });
  });

  it("disables a composite's actions", async () => {
    const c = fresh("quiet");
    await putComposite({ AlarmName: c, AlarmRule: "FALSE" });
    await client.send(new DisableAlarmActionsCommand({ AlarmNames: [c] }));
    expect((await composite(c)).ActionsEnabled).toBe(false);
  });
});

describe("DeleteAlarms with composites", () => {
  it("refuses, deleting nothing, to delete alarms a composite depends on", async () => {
    const [a, b, c] = [fresh("del-a"), fresh("del-b"), fresh("del-parent")];
    await metricAlarm(a);
    await metricAlarm(b);
    await putComposite({ AlarmName: c, AlarmRule: `ALARM(${a}) OR ALARM(${b})` });
    const error = await expectAwsError(client.send(new DeleteAlarmsCommand({ AlarmNames: [a, b] })));
    expect(error).toMatchObject({ name: "ValidationException", status: 400, message: `Cannot delete ${a},${b} as there are composite alarm(s) depending on them.` });
    const left = await client.send(new DescribeAlarmsCommand({ AlarmNames: [a, b] }));
    expect(left.MetricAlarms).toHaveLength(2);
  });

  it("deletes a composite, then its children, and refuses two composites in one call", async () => {
    const [a, c1, c2] = [fresh("del2-a"), fresh("del2-c1"), fresh("del2-c2")];
    await metricAlarm(a);
    await putComposite({ AlarmName: c1, AlarmRule: `ALARM(${a})` });
    await putComposite({ AlarmName: c2, AlarmRule: `OK(${a})` });
    const two = await expectAwsError(client.send(new DeleteAlarmsCommand({ AlarmNames: [c1, c2] })));
    expect(two).toMatchObject({ name: "ValidationException", message: "You can delete at most one composite alarm in one DeleteAlarms call." });
    await client.send(new DeleteAlarmsCommand({ AlarmNames: [c1] }));
    await client.send(new DeleteAlarmsCommand({ AlarmNames: [c2, a] }));
    const left = await client.send(new DescribeAlarmsCommand({ AlarmNames: [a, c1, c2], AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }));
    expect([...left.MetricAlarms!, ...left.CompositeAlarms!]).toEqual([]);
    const history = await client.send(new DescribeAlarmHistoryCommand({ AlarmName: c1, AlarmTypes: ["CompositeAlarm"], HistoryItemType: "ConfigurationUpdate" }));
    expect(history.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual([`Alarm "${c1}" deleted`, `Alarm "${c1}" created`]);
  });
});

// boto3 forced onto awsQuery (the XML writer's CompositeAlarms) and rpcv2Cbor (the suppressor periods are CBOR
// integers), through the shared protocol-forcing client.
const boto3Script = `
import json, sys
sys.path.insert(0, sys.argv[3])
from cloudwatch_boto3 import cloudwatch_client
client, wire = cloudwatch_client(sys.argv[1], sys.argv[4])
prefix = sys.argv[2]
client.put_metric_alarm(AlarmName=prefix + "-m", Namespace="Boto3Composite", MetricName="Latency", Statistic="Average",
    Period=60, EvaluationPeriods=1, Threshold=1, ComparisonOperator="GreaterThanThreshold", TreatMissingData="breaching")
client.put_composite_alarm(AlarmName=prefix + "-c", AlarmRule='ALARM("' + prefix + '-m") AND NOT FALSE',
    AlarmActions=["arn:aws:sns:us-east-1:000000000000:pager"], ActionsSuppressor=prefix + "-m",
    ActionsSuppressorWaitPeriod=60, ActionsSuppressorExtensionPeriod=120, Tags=[{"Key": "k", "Value": "v"}])
out = client.describe_alarms(AlarmNamePrefix=prefix, AlarmTypes=["CompositeAlarm"])
children = client.describe_alarms(ChildrenOfAlarmName=prefix + "-c")
print(json.dumps({"wire": wire, "composites": out["CompositeAlarms"], "metric": out["MetricAlarms"],
    "children": [a["AlarmName"] for a in children["MetricAlarms"]],
    "periodTypes": [type(out["CompositeAlarms"][0][k]).__name__ for k in ("ActionsSuppressorWaitPeriod", "ActionsSuppressorExtensionPeriod")]}, default=str))
`;

const contentTypes: Record<string, string> = { query: "application/x-www-form-urlencoded; charset=utf-8", "smithy-rpc-v2-cbor": "application/cbor" };

describe.each(["query", "smithy-rpc-v2-cbor"])("boto3 over %s", (protocol) => {
  it("reads a composite back, suppressor options included", async () => {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", PYTHONWARNINGS: "ignore" };
    const prefix = fresh("boto3");
    const { stdout } = await run("python3", ["-c", boto3Script, sandbox.url, prefix, join(import.meta.dirname, "clients"), protocol], { env, timeout: 50_000 });
    const out = JSON.parse(stdout) as { wire: string[]; composites: Array<Record<string, unknown>>; metric: unknown[]; children: string[]; periodTypes: string[] };
    expect(out.wire.length).toBeGreaterThan(0);
    expect(out.wire.every((line) => line.endsWith(` ${contentTypes[protocol]}`))).toBe(true);
    expect(out.metric).toEqual([]);
    expect(out.composites).toHaveLength(1);
    expect(out.composites[0]).toMatchObject({
      AlarmName: `${prefix}-c`,
      AlarmArn: `${ARN}${prefix}-c`,
      AlarmRule: `ALARM("${prefix}-m") AND NOT FALSE`,
      ActionsEnabled: true,
      AlarmActions: ["arn:aws:sns:us-east-1:000000000000:pager"],
      OKActions: [],
      StateValue: "ALARM",
      ActionsSuppressor: `${prefix}-m`,
      ActionsSuppressorWaitPeriod: 60,
      ActionsSuppressorExtensionPeriod: 120,
    });
    expect(JSON.parse(out.composites[0]!.StateReasonData as string)).toMatchObject({ triggeringAlarms: [{ arn: `${ARN}${prefix}-m`, state: { value: "ALARM" } }] });
    expect(out.children).toEqual([`${prefix}-m`]);
    // Integer members in the model: boto3 reads them as Python ints (a CBOR float64 would arrive as a float).
    expect(out.periodTypes).toEqual(["int", "int"]);
  });
});
