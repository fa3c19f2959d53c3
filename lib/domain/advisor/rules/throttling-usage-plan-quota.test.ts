import { describe, expect, it } from "vitest";
import { advisorSnapshot } from "../snapshot-fixtures.test-support";
import type { AdvisorUsagePlan } from "../types";
import { usagePlanQuotaRule } from "./throttling-usage-plan-quota";

const plan = (quota: AdvisorUsagePlan["quota"]): AdvisorUsagePlan => ({ id: "up1", name: "Free tier", throttle: { rateLimit: 10, burstLimit: 20 }, quota, apiStages: [{ stageName: "prod", throttle: {} }] });

describe("throttling.usage-plan-without-quota", () => {
  it("stays silent on a plan with a quota", () => {
    expect(usagePlanQuotaRule.evaluate(advisorSnapshot({ usagePlans: [plan({ limit: 5000, period: "MONTH" })] }))).toEqual([]);
  });

  it("fires on a plan without a quota, with its throttle and stages", () => {
    const [finding, ...rest] = usagePlanQuotaRule.evaluate(advisorSnapshot({ usagePlans: [plan(null)] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "throttling.usage-plan-without-quota:usage-plan:up1", severity: "medium", subject: { kind: "usage-plan", usagePlanId: "up1", name: "Free tier" }, fix: null });
    expect(finding!.evidence).toEqual(["Usage plan Free tier: no quota (throttle 10 requests/s, burst 20)", "Covers stage prod"]);
  });
});
