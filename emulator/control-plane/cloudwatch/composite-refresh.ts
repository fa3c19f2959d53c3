// Lazy composite evaluation: a composite's state is settled on read from its children's current states, which
// are themselves brought up to date first (metric alarms through refreshAlarm, composites recursively).

import type { OpContext } from "../op-context";
import { recordStateChange } from "./alarm-history";
import { refreshAlarm } from "./alarm-refresh";
import { evaluateRule, parseAlarmRule, ruleAlarms, type RuleNode } from "./alarm-rule";
import type { AlarmState, StoredAlarm } from "./alarm-types";
import { compositeAlarmsTable, type StoredComposite } from "./composite-types";
import { compositeReason } from "./composite-reason";
import { cloudWatchTables } from "./tables";

export interface ChildStatus {
  readonly name: string;
  readonly arn: string;
  readonly state: AlarmState;
  readonly transitionedAt: number;
  readonly updatedAt: number;
  readonly type: "MetricAlarm" | "CompositeAlarm";
}

export const compositesTable = (ctx: OpContext) => ctx.state.table<StoredComposite>(compositeAlarmsTable);
const metricAlarmsTable = (ctx: OpContext) => ctx.state.table<StoredAlarm>(cloudWatchTables.alarms);

/** A rule may name an alarm by ARN: an ARN of this account and region stands for the alarm's name. */
export function referencedName(ctx: OpContext, ref: string): string {
  const prefix = `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:`;
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : ref;
}

/** The names of the alarms a composite's rule references. */
export function childrenOf(ctx: OpContext, composite: StoredComposite): string[] {
  return [...new Set(ruleAlarms(parseAlarmRule(composite.config.AlarmRule)).map((ref) => referencedName(ctx, ref)))];
}

/** True when the composite can reach itself through its rule: AWS stops evaluating such a composite. */
export function isOnCycle(ctx: OpContext, name: string): boolean {
  const seen = new Set<string>();
  const stack = [name];
  while (stack.length > 0) {
    const current = compositesTable(ctx).get("", stack.pop()!);
    if (!current) continue;
    for (const child of childrenOf(ctx, current)) {
      if (child === name) return true;
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return false;
}

/** A child's current state, refreshed; undefined when no alarm has that name. */
export function childStatus(ctx: OpContext, name: string): ChildStatus | undefined {
  const metric = metricAlarmsTable(ctx).get("", name);
  const alarm = metric ? refreshAlarm(ctx, metric) : compositeOrUndefined(ctx, name);
  if (!alarm) return undefined;
  const type = metric ? "MetricAlarm" : "CompositeAlarm";
  return { name, type, arn: alarm.AlarmArn, state: alarm.StateValue, transitionedAt: alarm.StateTransitionedTimestamp, updatedAt: alarm.StateUpdatedTimestamp };
}

function compositeOrUndefined(ctx: OpContext, name: string): StoredComposite | undefined {
  const composite = compositesTable(ctx).get("", name);
  return composite && refreshComposite(ctx, composite);
}

/** Re-evaluates one composite at ctx.now when its children's states differ from those it last settled from. */
export function refreshComposite(ctx: OpContext, composite: StoredComposite): StoredComposite {
  if (isOnCycle(ctx, composite.config.AlarmName)) return composite;
  const rule = parseAlarmRule(composite.config.AlarmRule);
  const { children, fingerprint } = currentChildren(ctx, composite);
  if (composite.evaluatedFrom === fingerprint) return composite;
  const updated = settle(ctx, composite, rule, children, fingerprint);
  compositesTable(ctx).put("", composite.config.AlarmName, updated);
  return updated;
}

/** The children's current states and their fingerprint ("name=STATE|..."), for "did a child change state?". */
export function currentChildren(ctx: OpContext, composite: StoredComposite): { children: ChildStatus[]; fingerprint: string } {
  const children = childrenOf(ctx, composite).map((name) => childStatus(ctx, name) ?? missingChild(name));
  return { children, fingerprint: children.map((child) => `${child.name}=${child.state}`).join("|") };
}

/** A composite is only ever ALARM or OK once evaluated (AWS: INSUFFICIENT_DATA is for just after creation). */
function settle(ctx: OpContext, composite: StoredComposite, rule: RuleNode, children: readonly ChildStatus[], fingerprint: string): StoredComposite {
  const byRef = new Map(children.map((child) => [child.name, child]));
  const stateOf = (ref: string) => byRef.get(referencedName(ctx, ref))?.state ?? "INSUFFICIENT_DATA";
  const state: AlarmState = evaluateRule(rule, stateOf) ? "ALARM" : "OK";
  if (state === composite.StateValue) return { ...composite, evaluatedFrom: fingerprint };
  const { reason, reasonData } = compositeReason(state, triggering(ctx, rule, children, state === "ALARM"));
  recordStateChange(ctx.state, {
    name: composite.config.AlarmName,
    alarmType: "CompositeAlarm",
    at: ctx.now,
    from: { value: composite.StateValue, reason: composite.StateReason },
    to: { value: state, reason, reasonData },
  });
  return {
    ...composite,
    evaluatedFrom: fingerprint,
    StateValue: state,
    StateReason: reason,
    StateReasonData: reasonData,
    StateUpdatedTimestamp: ctx.now,
    StateTransitionedTimestamp: ctx.now,
  };
}

/** The children whose function in the rule agrees with the outcome, most recently transitioned first. */
function triggering(ctx: OpContext, rule: RuleNode, children: readonly ChildStatus[], outcome: boolean): ChildStatus[] {
  const agreeing = new Set<string>();
  const visit = (node: RuleNode): void => {
    if (node.kind === "state") {
      const child = children.find((c) => c.name === referencedName(ctx, node.alarm));
      if (child && (child.state === node.state) === outcome) agreeing.add(child.name);
    } else if (node.kind === "not") visit(node.operand);
    else if (node.kind === "and" || node.kind === "or") {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(rule);
  return children.filter((child) => agreeing.has(child.name)).sort((a, b) => b.transitionedAt - a.transitionedAt);
}

const missingChild = (name: string): ChildStatus => ({ name, type: "MetricAlarm", arn: "", state: "INSUFFICIENT_DATA", transitionedAt: 0, updatedAt: 0 });

/** Every composite of the account+region, up to date, by name. */
export function refreshedComposites(ctx: OpContext): StoredComposite[] {
  return compositesTable(ctx)
    .list("")
    .map((composite) => refreshComposite(ctx, composite))
    .sort((a, b) => (a.config.AlarmName < b.config.AlarmName ? -1 : a.config.AlarmName > b.config.AlarmName ? 1 : 0));
}

