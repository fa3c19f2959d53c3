import { describe, expect, it } from "vitest";
import type { SandboxConfig } from "../../config";
import { Store } from "../../store/store";
import type { OpContext } from "../op-context";
import { describeAlarmHistory } from "./alarm-history-read";
import { putMetricAlarm, setAlarmState } from "./alarms";
import { putCompositeAlarm } from "./composite-alarms";
import { refreshedComposites } from "./composite-refresh";

const t0 = Date.UTC(2026, 10, 26, 13, 0, 0);
const ARN = "arn:aws:cloudwatch:us-east-1:000000000000:alarm:";

async function sandboxState() {
  const store = await Store.open({});
  const state = store.scope("000000000000", "us-east-1");
  const at = (now: number): OpContext => ({ state, accountId: "000000000000", region: "us-east-1", requestId: "r", now, config: {} as SandboxConfig });
  const run = <T>(now: number, op: (ctx: OpContext) => T): T => store.transaction(() => op(at(now))).result;
  return { run };
}

const metricAlarm = (name: string) => ({
  AlarmName: name,
  OKActions: [],
  AlarmActions: [],
  InsufficientDataActions: [],
  Namespace: "Unit/Composite",
  MetricName: name,
  Dimensions: [],
  Statistic: "Maximum",
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 3,
  ComparisonOperator: "GreaterThanThreshold",
});
const composite = (name: string, rule: string) => ({ AlarmName: name, AlarmRule: rule, OKActions: [], AlarmActions: [], InsufficientDataActions: [] });
const set = (name: string, state: "OK" | "ALARM") => (ctx: OpContext) => setAlarmState(ctx, { AlarmName: name, StateValue: state, StateReason: "test" });
const stateOf = (name: string) => (ctx: OpContext) => refreshedComposites(ctx).find((c) => c.config.AlarmName === name);

describe("composite evaluation", () => {
  it("starts in INSUFFICIENT_DATA, settles on OK at the first read, and follows its children to ALARM", async () => {
    const { run } = await sandboxState();
    run(t0, (ctx) => putMetricAlarm(ctx, metricAlarm("a")));
    run(t0, (ctx) => putMetricAlarm(ctx, metricAlarm("b")));
    run(t0, (ctx) => putCompositeAlarm(ctx, composite("both", "ALARM(a) AND ALARM(b)")));
    expect(run(t0 + 1_000, stateOf("both"))?.StateValue).toBe("OK");
    run(t0 + 2_000, set("a", "ALARM"));
    expect(run(t0 + 3_000, stateOf("both"))?.StateValue).toBe("OK");
    run(t0 + 4_000, set("b", "ALARM"));
    const alarmed = run(t0 + 5_000, stateOf("both"))!;
    expect(alarmed.StateValue).toBe("ALARM");
    expect(alarmed.StateReason).toBe(`${ARN}b transitioned to ALARM at Thursday 26 November, 2026 13:00:04 UTC`);
    expect(JSON.parse(alarmed.StateReasonData!)).toEqual({
      triggeringAlarms: [
        { arn: `${ARN}b`, state: { value: "ALARM", timestamp: "2026-11-26T13:00:04.000+0000" } },
        { arn: `${ARN}a`, state: { value: "ALARM", timestamp: "2026-11-26T13:00:02.000+0000" } },
      ],
    });
    const history = run(t0 + 6_000, (ctx) => describeAlarmHistory(ctx, { AlarmName: "both", AlarmTypes: ["CompositeAlarm"], HistoryItemType: "StateUpdate", ScanBy: "TimestampAscending" }));
    expect(history.AlarmHistoryItems.map((item) => [item.AlarmType, item.HistorySummary])).toEqual([
      ["CompositeAlarm", "Alarm updated from INSUFFICIENT_DATA to OK"],
      ["CompositeAlarm", "Alarm updated from OK to ALARM"],
    ]);
  });

  it("follows a child composite, and resolves children named by ARN", async () => {
    const { run } = await sandboxState();
    run(t0, (ctx) => putMetricAlarm(ctx, metricAlarm("a")));
    run(t0, (ctx) => putCompositeAlarm(ctx, composite("inner", `ALARM("${ARN}a")`)));
    run(t0, (ctx) => putCompositeAlarm(ctx, composite("outer", "NOT OK(inner)")));
    expect(run(t0 + 1_000, stateOf("outer"))?.StateValue).toBe("OK");
    run(t0 + 2_000, set("a", "ALARM"));
    expect(run(t0 + 3_000, stateOf("outer"))?.StateValue).toBe("ALARM");
  });

  it("keeps SetAlarmState's state until a child changes state", async () => {
    const { run } = await sandboxState();
    run(t0, (ctx) => putMetricAlarm(ctx, metricAlarm("a")));
    run(t0, (ctx) => putCompositeAlarm(ctx, composite("c", "ALARM(a)")));
    expect(run(t0 + 1_000, stateOf("c"))?.StateValue).toBe("OK");
    run(t0 + 2_000, set("c", "ALARM"));
    expect(run(t0 + 600_000, stateOf("c"))).toMatchObject({ StateValue: "ALARM", StateReason: "test" });
    run(t0 + 601_000, set("a", "OK"));
    expect(run(t0 + 602_000, stateOf("c"))?.StateValue).toBe("OK");
  });

  it("stops evaluating composites on a cycle: their states stay as they were", async () => {
    const { run } = await sandboxState();
    run(t0, (ctx) => putMetricAlarm(ctx, metricAlarm("a")));
    run(t0, (ctx) => putCompositeAlarm(ctx, composite("x", "ALARM(a)")));
    run(t0, (ctx) => putCompositeAlarm(ctx, composite("y", "ALARM(x)")));
    expect(run(t0 + 1_000, stateOf("y"))?.StateValue).toBe("OK");
    run(t0 + 2_000, (ctx) => putCompositeAlarm(ctx, composite("x", "ALARM(a) OR NOT ALARM(y)")));
    run(t0 + 3_000, set("a", "ALARM"));
    expect(run(t0 + 4_000, stateOf("x"))?.StateValue).toBe("OK");
    expect(run(t0 + 4_000, stateOf("y"))?.StateValue).toBe("OK");
  });
});
