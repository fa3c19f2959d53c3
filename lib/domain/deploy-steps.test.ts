import { describe, expect, it } from "vitest";
import { deployOutcome, type DeployStep } from "./deploy-steps";

const step = (name: DeployStep["name"], status: DeployStep["status"], detail: string | null = null): DeployStep => ({ name, status, detail });

describe("deployOutcome", () => {
  it("says which deployment the stage serves after a complete deploy", () => {
    const outcome = deployOutcome("dev", "old111", [step("create-deployment", "done"), step("point-stage", "done"), step("verify", "done")], "new222");
    expect(outcome).toMatchObject({ status: "deployed", summary: "Stage dev now serves deployment new222." });
  });

  it("says nothing changed when the deployment could not be made", () => {
    const outcome = deployOutcome("dev", "old111", [step("create-deployment", "failed", "AWS is throttling"), step("point-stage", "not-run"), step("verify", "not-run")], null);
    expect(outcome.status).toBe("failed");
    expect(outcome.summary).toBe("Nothing was changed: creating the deployment failed (AWS is throttling). Stage dev still serves deployment old111.");
  });

  it("names the deployment made and the stage left as it was when pointing fails", () => {
    const outcome = deployOutcome("prod", null, [step("create-deployment", "done"), step("point-stage", "failed", "unavailable"), step("verify", "not-run")], "new222");
    expect(outcome.status).toBe("partial");
    expect(outcome.summary).toContain("Deployment new222 was created, but pointing stage prod at it failed (unavailable). Stage prod was not created.");
    expect(outcome.summary).toContain("Retry to point the stage at deployment new222.");
  });
});
