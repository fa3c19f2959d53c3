// A composite's StateReason and StateReasonData in AWS's shape:
//   "arn:aws:cloudwatch:us-east-1:123456789012:alarm:b transitioned to ALARM at Thursday 22 June, 2023 14:26:01 UTC"
//   {"triggeringAlarms":[{"arn":"…","state":{"value":"ALARM","timestamp":"2023-06-22T14:26:01.928+0000"}}]}

import { reasonDataTime } from "./alarm-evaluation";
import type { AlarmState } from "./alarm-types";

export interface TriggeringChild {
  readonly arn: string;
  readonly state: AlarmState;
  readonly transitionedAt: number;
}

const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "Thursday 22 June, 2023 14:26:01 UTC" */
export function reasonDate(ms: number): string {
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${days[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]}, ${d.getUTCFullYear()} ${time} UTC`;
}

export function compositeReason(state: AlarmState, triggering: readonly TriggeringChild[]): { reason: string; reasonData: string } {
  const first = triggering[0];
  // UNCONFIRMED: AWS's reason when no child decides the outcome (a rule of TRUE or FALSE) is not documented.
  const reason = first ? `${first.arn} transitioned to ${first.state} at ${reasonDate(first.transitionedAt)}` : `Alarm rule evaluated to ${state === "ALARM" ? "TRUE" : "FALSE"}`;
  const reasonData = JSON.stringify({
    triggeringAlarms: triggering.map((child) => ({ arn: child.arn, state: { value: child.state, timestamp: reasonDataTime(child.transitionedAt) } })),
  });
  return { reason, reasonData };
}
