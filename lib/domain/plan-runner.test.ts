import { describe, expect, it } from "vitest";
import { planStep } from "./plan";
import { describePlanRun, runPlan } from "./plan-runner";

const steps = ["a", "b", "c"].map((id) => planStep(id, `step ${id}`, { operation: "DeleteGatewayResponse", input: { restApiId: "api", responseType: id } }));

describe("runPlan", () => {
  it("applies every step in order when all succeed", async () => {
    const seen: string[] = [];
    const run = await runPlan(steps, async (step) => {
      seen.push(step.id);
      return { ok: true, requestId: `req-${step.id}` };
    });
    expect(seen).toEqual(["a", "b", "c"]);
    expect(run.failed).toBe(false);
    expect(run.outcomes.map((outcome) => outcome.status)).toEqual(["applied", "applied", "applied"]);
    expect(describePlanRun(run, 3)).toBe("Applied all 3 changes.");
  });

  it("stops at the first failure and reports the rest as not run", async () => {
    const seen: string[] = [];
    const run = await runPlan(steps, async (step) => {
      seen.push(step.id);
      return step.id === "b" ? { ok: false, message: "Too many requests", requestId: "r2" } : { ok: true, requestId: null };
    });
    expect(seen).toEqual(["a", "b"]);
    expect(run.outcomes).toEqual([
      { stepId: "a", status: "applied", requestId: null },
      { stepId: "b", status: "failed", message: "Too many requests", requestId: "r2" },
      { stepId: "c", status: "not-run" },
    ]);
    expect(describePlanRun(run, 3)).toBe("Applied 1 of 3 changes; step 2 failed and 1 did not run.");
  });
});

describe("planStep", () => {
  it("lists the identifying parameters of the call", () => {
    const step = planStep("x", "Add 200", {
      operation: "PutMethodResponse",
      input: { restApiId: "api", resourceId: "r1", httpMethod: "OPTIONS", statusCode: "200", responseParameters: {} },
    });
    expect(step.keyParams).toEqual([["resourceId", "r1"], ["httpMethod", "OPTIONS"], ["statusCode", "200"]]);
  });
});
