import { describe, expect, it } from "vitest";
import { concretePath, sampleTrafficPlan, trafficTargets } from "./sample-traffic";

describe("sample traffic", () => {
  it("fills path parameters and greedy proxies with sample values", () => {
    expect(concretePath("/pets/{petId}/toys/{toyId}")).toBe("/pets/1/toys/1");
    expect(concretePath("/files/{proxy+}")).toBe("/files/sample");
  });

  it("calls every method but OPTIONS, and ANY as GET", () => {
    expect(trafficTargets([{ path: "/", methods: ["GET", "OPTIONS"] }, { path: "/pets", methods: ["ANY", "POST"] }])).toEqual([
      { method: "GET", path: "/" },
      { method: "GET", path: "/pets" },
      { method: "POST", path: "/pets" },
    ]);
  });

  it("sends the requested count, takes targets in turn and sends about the requested share to missing paths", () => {
    const targets = [{ method: "GET", path: "/" }, { method: "GET", path: "/pets/{id}" }];
    const plan = sampleTrafficPlan(targets, 1000, 10, 3);
    expect(plan).toHaveLength(1000);
    const errors = plan.filter((request) => request.expectError).length;
    expect(errors).toBeGreaterThan(60);
    expect(errors).toBeLessThan(140);
    expect(new Set(plan.filter((r) => !r.expectError).map((r) => r.path))).toEqual(new Set(["/", "/pets/1"]));
    expect(sampleTrafficPlan(targets, 10, 0, 3).some((request) => request.expectError)).toBe(false);
    expect(sampleTrafficPlan([], 10, 0, 3)).toEqual([]);
  });
});
