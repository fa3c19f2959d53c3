import type { ScopeState } from "../../store/store";
import { mergeAggregates, pickAggregate } from "./aggregate";
import { bucketsOf } from "./metric-store";
import { alignStart, periodServesStart } from "./periods";
import type { Aggregate, MetricIdentity } from "./types";

export interface SlotQuery {
  readonly metric: MetricIdentity;
  readonly startMs: number;
  readonly endMs: number;
  /** seconds */
  readonly period: number;
  /** Only data published with this unit; all units together when absent (AWS does no unit conversion). */
  readonly unit: string | undefined;
  readonly now: number;
}

export interface Slot {
  readonly aggregate: Aggregate;
  /** The unit shared by every sample in the slot, or "None" when they differ. */
  readonly unit: string;
}

/** The metric's data folded into one aggregate per period, keyed by the period's start (ms). */
export function aggregateBySlot(state: ScopeState, query: SlotQuery): Map<number, Slot> {
  const slots = new Map<number, Slot>();
  if (!periodServesStart(query.period, query.startMs, query.now)) return slots;
  const alignedStart = alignStart(query.startMs, query.period, query.now);
  const periodMs = query.period * 1000;
  for (const bucket of bucketsOf(state, query.metric, query.now)) {
    if (bucket.start < alignedStart || bucket.start >= query.endMs) continue;
    if (query.unit !== undefined && bucket.unit !== query.unit) continue;
    const slotStart = alignedStart + Math.floor((bucket.start - alignedStart) / periodMs) * periodMs;
    const existing = slots.get(slotStart);
    slots.set(slotStart, {
      aggregate: existing ? mergeAggregates(existing.aggregate, bucket) : pickAggregate(bucket),
      unit: existing && existing.unit !== bucket.unit ? "None" : bucket.unit,
    });
  }
  return slots;
}
