import type { QuotaPeriod, QuotaSettings, ThrottleLimits } from "@/lib/domain/usage-plan";

/** The throttle and quota fields as typed: strings, so a half-typed number is kept as the person left it. */
export type LimitsForm = { rateLimit: string; burstLimit: string; quotaEnabled: boolean; quotaLimit: string; quotaPeriod: QuotaPeriod; quotaOffset: string };

export type ParsedLimits = { throttle: ThrottleLimits | null; quota: QuotaSettings | null; errors: Record<string, string[]> };

export const emptyLimitsForm: LimitsForm = { rateLimit: "", burstLimit: "", quotaEnabled: false, quotaLimit: "", quotaPeriod: "MONTH", quotaOffset: "0" };

/** The form for a plan's current limits. */
export function limitsFormOf(plan: { throttle: ThrottleLimits | null; quota: QuotaSettings | null }): LimitsForm {
  return {
    rateLimit: plan.throttle?.rateLimit?.toString() ?? "",
    burstLimit: plan.throttle?.burstLimit?.toString() ?? "",
    quotaEnabled: plan.quota !== null,
    quotaLimit: plan.quota?.limit.toString() ?? "",
    quotaPeriod: plan.quota?.period ?? "MONTH",
    quotaOffset: plan.quota?.offset.toString() ?? "0",
  };
}

/** Reads the form; errors use the same field names as the server's ("throttle.rateLimit", "quota.offset"). */
export function parseLimitsForm(form: LimitsForm): ParsedLimits {
  const errors: Record<string, string[]> = {};
  const read = (text: string, field: string, whole: boolean): number | null => {
    if (text.trim() === "") return null;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
      errors[field] = [whole ? "Use a whole number, 0 or more." : "Use a number, 0 or more."];
      return null;
    }
    return value;
  };
  const rateLimit = read(form.rateLimit, "throttle.rateLimit", false);
  const burstLimit = read(form.burstLimit, "throttle.burstLimit", true);
  const throttle = rateLimit === null && burstLimit === null ? null : { rateLimit, burstLimit };
  if (!form.quotaEnabled) return { throttle, quota: null, errors };
  const limit = read(form.quotaLimit, "quota.limit", true);
  const offset = read(form.quotaOffset, "quota.offset", true) ?? 0;
  if (limit === null && !errors["quota.limit"]) errors["quota.limit"] = ["Enter the number of requests per period."];
  if (limit !== null && offset > limit) errors["quota.offset"] = ["The offset cannot be more than the limit."];
  return { throttle, quota: limit === null ? null : { limit, offset, period: form.quotaPeriod }, errors };
}
