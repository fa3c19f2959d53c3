import { AwsError } from "../../protocol/aws-error";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How CloudWatch keeps data as it ages (GetMetricStatistics / GetMetricData docs): sub-minute data for 3 hours,
 * 1-minute data for 15 days, 5-minute data for 63 days, 1-hour data for 455 days, then nothing.
 */
const retentionTiers: ReadonlyArray<{ maxAgeMs: number; resolution: number }> = [
  { maxAgeMs: 3 * HOUR_MS, resolution: 1 },
  { maxAgeMs: 15 * DAY_MS, resolution: 60 },
  { maxAgeMs: 63 * DAY_MS, resolution: 300 },
  { maxAgeMs: 455 * DAY_MS, resolution: 3600 },
];

/** The finest resolution (seconds) data of this age is still kept at; undefined once it is past retention. */
export function finestResolutionAt(ageMs: number): number | undefined {
  return retentionTiers.find((tier) => ageMs <= tier.maxAgeMs)?.resolution;
}

/** Periods AWS accepts: 1, 5, 10, 20, 30 (high-resolution metrics) or any multiple of 60. */
export function isValidPeriod(period: number): boolean {
  if (!Number.isInteger(period) || period < 1) return false;
  return [1, 5, 10, 20, 30].includes(period) || period % 60 === 0;
}

export function requireValidPeriod(period: number, parameter: string): void {
  if (!isValidPeriod(period)) {
    throw new AwsError(
      "InvalidParameterValueException",
      `The parameter ${parameter} must be 1, 5, 10, 20, 30 or a multiple of 60.`,
    );
  }
}

/**
 * Whether a period can return data for a query starting this long ago: beyond 3 hours it must be a multiple
 * of 60, beyond 15 days of 300, beyond 63 days of 3600; otherwise AWS returns no data points (not an error).
 */
export function periodServesStart(period: number, startMs: number, now: number): boolean {
  const resolution = finestResolutionAt(Math.max(0, now - startMs));
  return resolution !== undefined && period % resolution === 0;
}

/** StartTime rounded down as AWS does: to the second for sub-minute periods, else to the minute, 5 minutes or hour by age. */
export function alignStart(startMs: number, period: number, now: number): number {
  const resolution = finestResolutionAt(Math.max(0, now - startMs)) ?? 3600;
  const unitSeconds = period < 60 ? 1 : Math.max(60, resolution);
  const unitMs = unitSeconds * 1000;
  return Math.floor(startMs / unitMs) * unitMs;
}

/** The start of every period slot in [alignedStart, endMs). */
export function slotStarts(alignedStart: number, endMs: number, period: number): number[] {
  const starts: number[] = [];
  for (let t = alignedStart; t < endMs; t += period * 1000) starts.push(t);
  return starts;
}

/** How many data points a query over [startMs, endMs) at this period asks for. */
export function datapointsRequested(startMs: number, endMs: number, period: number): number {
  return Math.ceil((endMs - startMs) / (period * 1000));
}
