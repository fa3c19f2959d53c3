import { describe, expect, it } from "vitest";
import type { SandboxConfig } from "../../config";
import { Store } from "../../store/store";
import type { OpContext } from "../op-context";
import { describeAlarmHistory } from "./alarm-history-read";
import { refreshedAlarms } from "./alarm-refresh";
import { putMetricAlarm, setAlarmState } from "./alarms";
import { recordMetric } from "./metric-store";

const t0 = Date.UTC(2026, 10, 26, 13, 0, 0);
const metric = { namespace: "Unit/Alarms", metricName: "Errors", dimensions: [] };

async function sandboxState() {
  const store = await Store.open({});
  const state = store.scope("000000000000", "us-east-1");
  const at = (now: number): OpContext => ({ state, accountId: "000000000000", region: "us-east-1", requestId: "r", now, config: {} as SandboxConfig });
  return { store, at };
}

const alarm = {
  AlarmName: "errors",
  OKActions: [],
  AlarmActions: [],
  InsufficientDataActions: [],
  Namespace: metric.namespace,
  MetricName: metric.metricName,
  Dimensions: [],
  Statistic: "Maximum",
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 3,
  ComparisonOperator: "GreaterThanThreshold",
};

describe("lazy alarm refresh", () => {
  it("moves with the metric data when read, and records each change in the history", async () => {
    const { store, at } = await sandboxState();
    store.transaction(() => putMetricAlarm(at(t0 + 10_000), alarm));
    store.transaction(() => recordMetric(at(t0).state, { ...metric, timestamp: t0 + 65_000, value: 5, unit: "Count" }));
    expect(store.transaction(() => refreshedAlarms(at(t0 + 90_000))).result[0]?.StateValue).toBe("INSUFFICIENT_DATA");
    expect(store.transaction(() => refreshedAlarms(at(t0 + 125_000))).result[0]?.StateValue).toBe("ALARM");
    store.transaction(() => recordMetric(at(t0).state, { ...metric, timestamp: t0 + 130_000, value: 1, unit: "Count" }));
    expect(store.transaction(() => refreshedAlarms(at(t0 + 185_000))).result[0]?.StateValue).toBe("OK");
    const history = store.transaction(() => describeAlarmHistory(at(t0 + 190_000), { HistoryItemType: "StateUpdate", ScanBy: "TimestampAscending" })).result;
    expect(history.AlarmHistoryItems.map((item) => item.HistorySummary)).toEqual(["Alarm updated from INSUFFICIENT_DATA to ALARM", "Alarm updated from ALARM to OK"]);
  });

  it("keeps SetAlarmState's state until the next evaluation minute, then follows the data again", async () => {
    const { store, at } = await sandboxState();
    store.transaction(() => putMetricAlarm(at(t0), alarm));
    store.transaction(() => recordMetric(at(t0).state, { ...metric, timestamp: t0 + 5_000, value: 9, unit: "Count" }));
    expect(store.transaction(() => refreshedAlarms(at(t0 + 61_000))).result[0]?.StateValue).toBe("ALARM");
    store.transaction(() => setAlarmState(at(t0 + 62_000), { AlarmName: "errors", StateValue: "OK", StateReason: "testing" }));
    expect(store.transaction(() => refreshedAlarms(at(t0 + 119_999))).result[0]).toMatchObject({ StateValue: "OK", StateReason: "testing" });
    // At 13:02 the evaluation looks at 13:01, which has no data: INSUFFICIENT_DATA under the default "missing".
    expect(store.transaction(() => refreshedAlarms(at(t0 + 120_000))).result[0]?.StateValue).toBe("INSUFFICIENT_DATA");
  });
});
