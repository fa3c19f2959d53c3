import { badRequest } from "../../protocol/aws-error";

// Throttle and quota settings of a usage plan, as AWS's ThrottleSettings and QuotaSettings shapes.

export interface ThrottleSettings {
  burstLimit?: number;
  rateLimit?: number;
}

export const quotaPeriods = ["DAY", "WEEK", "MONTH"] as const;
export type QuotaPeriod = (typeof quotaPeriods)[number];

export interface QuotaSettings {
  limit: number;
  offset: number;
  period: QuotaPeriod;
}

export function checkThrottle(throttle: ThrottleSettings): ThrottleSettings {
  const { burstLimit, rateLimit } = throttle;
  if (burstLimit !== undefined && (!Number.isInteger(burstLimit) || burstLimit < 0)) {
    throw badRequest(`Invalid throttle burst limit specified: ${burstLimit}. It must be a non-negative integer`);
  }
  if (rateLimit !== undefined && (!Number.isFinite(rateLimit) || rateLimit < 0)) {
    throw badRequest(`Invalid throttle rate limit specified: ${rateLimit}. It must be a non-negative number`);
  }
  return { ...(burstLimit !== undefined ? { burstLimit } : {}), ...(rateLimit !== undefined ? { rateLimit } : {}) };
}

export function checkQuota(quota: { limit?: number; offset?: number; period?: string }): QuotaSettings {
  const { limit, offset = 0, period } = quota;
  if (!quotaPeriods.includes(period as QuotaPeriod)) {
    throw badRequest(`Invalid quota period specified: ${period ?? "null"}. Valid values are DAY, WEEK and MONTH`);
  }
  if (limit === undefined || !Number.isInteger(limit) || limit < 0) {
    throw badRequest(`Invalid quota limit specified: ${limit ?? "null"}. It must be a non-negative integer`);
  }
  // offset is requests taken off the limit in the initial period (AWS API reference), so 0..limit; the wording is UNCONFIRMED.
  if (!Number.isInteger(offset) || offset < 0 || offset > limit) {
    throw badRequest(`Invalid quota offset specified: ${offset}. It must be between 0 and the quota limit`);
  }
  return { limit, offset, period: period as QuotaPeriod };
}

/** Patch values are strings on the wire; numbers in settings must parse as numbers. */
export function numberValue(value: string | undefined, member: string): number {
  const parsed = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(parsed)) {
    throw badRequest(`Invalid value for ${member}: expected a number, got ${value ?? "null"}`);
  }
  return parsed;
}
