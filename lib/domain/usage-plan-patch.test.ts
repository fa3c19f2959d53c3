import { describe, expect, it } from "vitest";
import { usagePlanPatchOperations, type UsagePlanDraft } from "./usage-plan-patch";

const plan: UsagePlanDraft = {
  name: "Gold",
  description: "Paying customers",
  throttle: { rateLimit: 100, burstLimit: 200 },
  quota: { limit: 10000, offset: 0, period: "MONTH" },
  apiStages: [{ apiId: "a1", stage: "prod", methodThrottles: [{ resourcePath: "/pets", httpMethod: "GET", rateLimit: 10, burstLimit: 20 }] }],
};
const edit = (change: Partial<UsagePlanDraft>): UsagePlanDraft => ({ ...plan, ...change });
const stage = (methodThrottles: UsagePlanDraft["apiStages"][number]["methodThrottles"]) => [{ apiId: "a1", stage: "prod", methodThrottles }];

describe("usagePlanPatchOperations", () => {
  it("sends nothing when nothing changed", () => {
    expect(usagePlanPatchOperations(plan, structuredClone(plan))).toEqual([]);
  });

  it("replaces the name and the description, an emptied description with an empty string", () => {
    expect(usagePlanPatchOperations(plan, edit({ name: "Platinum", description: null }))).toEqual([
      { op: "replace", path: "/name", value: "Platinum" },
      { op: "replace", path: "/description", value: "" },
    ]);
  });

  it("replaces only the throttle limit that changed, as a string", () => {
    expect(usagePlanPatchOperations(plan, edit({ throttle: { rateLimit: 50.5, burstLimit: 200 } }))).toEqual([{ op: "replace", path: "/throttle/rateLimit", value: "50.5" }]);
  });

  it("removes the throttle when both limits are cleared, and sets both when a plan gains one", () => {
    expect(usagePlanPatchOperations(plan, edit({ throttle: { rateLimit: null, burstLimit: null } }))).toEqual([{ op: "remove", path: "/throttle" }]);
    expect(usagePlanPatchOperations(edit({ throttle: null }), plan)).toEqual([
      { op: "replace", path: "/throttle/rateLimit", value: "100" },
      { op: "replace", path: "/throttle/burstLimit", value: "200" },
    ]);
  });

  it("clears one throttle limit by removing the throttle and putting the other back", () => {
    expect(usagePlanPatchOperations(plan, edit({ throttle: { rateLimit: null, burstLimit: 200 } }))).toEqual([
      { op: "remove", path: "/throttle" },
      { op: "replace", path: "/throttle/burstLimit", value: "200" },
    ]);
  });

  it("replaces the quota's limit, offset and period one by one, and removes a cleared quota", () => {
    expect(usagePlanPatchOperations(plan, edit({ quota: { limit: 500, offset: 0, period: "DAY" } }))).toEqual([
      { op: "replace", path: "/quota/limit", value: "500" },
      { op: "replace", path: "/quota/period", value: "DAY" },
    ]);
    expect(usagePlanPatchOperations(plan, edit({ quota: { limit: 10000, offset: 5, period: "MONTH" } }))).toEqual([{ op: "replace", path: "/quota/offset", value: "5" }]);
    expect(usagePlanPatchOperations(plan, edit({ quota: null }))).toEqual([{ op: "remove", path: "/quota" }]);
  });

  it("sets all three quota fields when a plan gains a quota", () => {
    expect(usagePlanPatchOperations(edit({ quota: null }), plan).map((operation) => operation.path)).toEqual(["/quota/limit", "/quota/offset", "/quota/period"]);
  });

  it("removes a stage that left and adds one that joined, by apiId:stage", () => {
    const after = edit({ apiStages: [{ apiId: "b2", stage: "dev", methodThrottles: [] }] });
    expect(usagePlanPatchOperations(plan, after)).toEqual([
      { op: "remove", path: "/apiStages", value: "a1:prod" },
      { op: "add", path: "/apiStages", value: "b2:dev" },
    ]);
  });

  it("adds a joining stage before its method throttles", () => {
    const after = edit({ apiStages: [...plan.apiStages, { apiId: "b2", stage: "dev", methodThrottles: [{ resourcePath: "/", httpMethod: "POST", rateLimit: 5, burstLimit: null }] }] });
    expect(usagePlanPatchOperations(plan, after)).toEqual([
      { op: "add", path: "/apiStages", value: "b2:dev" },
      { op: "replace", path: "/apiStages/b2:dev/throttle//POST/rateLimit", value: "5" },
    ]);
  });

  it("replaces a changed per-method throttle limit under the stage's throttle path", () => {
    expect(usagePlanPatchOperations(plan, edit({ apiStages: stage([{ resourcePath: "/pets", httpMethod: "GET", rateLimit: 10, burstLimit: 40 }]) }))).toEqual([
      { op: "replace", path: "/apiStages/a1:prod/throttle/pets/GET/burstLimit", value: "40" },
    ]);
  });

  it("removes a per-method throttle that was deleted or emptied", () => {
    expect(usagePlanPatchOperations(plan, edit({ apiStages: stage([]) }))).toEqual([{ op: "remove", path: "/apiStages/a1:prod/throttle/pets/GET" }]);
    expect(usagePlanPatchOperations(plan, edit({ apiStages: stage([{ resourcePath: "/pets", httpMethod: "GET", rateLimit: null, burstLimit: null }]) }))).toEqual([
      { op: "remove", path: "/apiStages/a1:prod/throttle/pets/GET" },
    ]);
  });

  it("clears one limit of a per-method throttle by removing the entry and setting the other again", () => {
    expect(usagePlanPatchOperations(plan, edit({ apiStages: stage([{ resourcePath: "/pets", httpMethod: "GET", rateLimit: 10, burstLimit: null }]) }))).toEqual([
      { op: "remove", path: "/apiStages/a1:prod/throttle/pets/GET" },
      { op: "replace", path: "/apiStages/a1:prod/throttle/pets/GET/rateLimit", value: "10" },
    ]);
  });
});
