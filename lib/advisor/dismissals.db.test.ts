import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { dismissAdvisorFinding, listAdvisorDismissals, restoreAdvisorFinding } from "./dismissals";

const api = { envId: "sandbox", restApiId: "a1b2c3d4e5" };
const key = "cors.wildcard-with-credentials:method:abc123:GET";

describeEachDatabase("advisor dismissals", (db) => {
  it("keeps a dismissal with its reason and who dismissed it, per API", async () => {
    await dismissAdvisorFinding(db(), api, { findingKey: key, reason: "Internal tool, cookies not used", dismissedBy: "ada@example.com" });
    await dismissAdvisorFinding(db(), { ...api, restApiId: "otherapi01" }, { findingKey: key, reason: "other", dismissedBy: "bob@example.com" });
    const dismissals = await listAdvisorDismissals(db(), api);
    expect(dismissals).toHaveLength(1);
    expect(dismissals[0]).toMatchObject({ findingKey: key, reason: "Internal tool, cookies not used", dismissedBy: "ada@example.com" });
  });

  it("replaces the reason when the same finding is dismissed again", async () => {
    await dismissAdvisorFinding(db(), api, { findingKey: key, reason: "first", dismissedBy: "ada@example.com" });
    await dismissAdvisorFinding(db(), api, { findingKey: key, reason: "second", dismissedBy: "bob@example.com" });
    expect(await listAdvisorDismissals(db(), api)).toMatchObject([{ reason: "second", dismissedBy: "bob@example.com" }]);
  });

  it("restores a dismissed finding and says when there was nothing to restore", async () => {
    await dismissAdvisorFinding(db(), api, { findingKey: key, reason: "later", dismissedBy: "ada@example.com" });
    expect(await restoreAdvisorFinding(db(), api, key)).toBe(true);
    expect(await listAdvisorDismissals(db(), api)).toEqual([]);
    expect(await restoreAdvisorFinding(db(), api, key)).toBe(false);
  });
});
