import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { deployedDocument, insertDeploymentRecord, listDeploymentRecords, type NewDeploymentRecord } from "./deployment-records";
import { isStageProtected, listProtectedStageNames, setStageProtected } from "./protected-stages";

const base: NewDeploymentRecord = {
  envId: "sandbox",
  restApiId: "a1b2c3d4e5",
  deploymentId: "dep111",
  stageName: "dev",
  kind: "deploy",
  description: "add owners",
  actorId: "u-1",
  actorEmail: "ada@example.com",
  changes: [{ kind: "method", action: "added", label: "GET /owners" }],
  document: '{"openapi":"3.0.1"}',
};

describeEachDatabase("deployment records", (db) => {
  it("keeps who deployed what, why and the changes reviewed, newest first per API", async () => {
    await insertDeploymentRecord(db(), base);
    await insertDeploymentRecord(db(), { ...base, deploymentId: "dep222", kind: "rollback", description: "", actorEmail: "bob@example.com", changes: [] });
    await insertDeploymentRecord(db(), { ...base, restApiId: "otherapi01" });
    const records = await listDeploymentRecords(db(), "sandbox", "a1b2c3d4e5");
    expect(records.map((record) => [record.deploymentId, record.kind, record.actorEmail])).toEqual([
      ["dep222", "rollback", "bob@example.com"],
      ["dep111", "deploy", "ada@example.com"],
    ]);
    expect(records[1]).toMatchObject({ description: "add owners", changeCount: 1, changes: [{ kind: "method", action: "added", label: "GET /owners" }] });
  });

  it("finds the document Archway deployed, and nothing for a deployment it did not make", async () => {
    await insertDeploymentRecord(db(), base);
    expect(await deployedDocument(db(), "sandbox", "a1b2c3d4e5", "dep111")).toBe('{"openapi":"3.0.1"}');
    expect(await deployedDocument(db(), "sandbox", "a1b2c3d4e5", "made-elsewhere")).toBeNull();
  });
});

describeEachDatabase("protected stages", (db) => {
  const stage = { envId: "sandbox", restApiId: "a1b2c3d4e5", stageName: "prod" };

  it("marks and unmarks a stage, and every stage of a protected environment is protected", async () => {
    await setStageProtected(db(), stage, true, "admin@example.com");
    await setStageProtected(db(), stage, true, "admin@example.com");
    expect(await listProtectedStageNames(db(), "sandbox", "a1b2c3d4e5")).toEqual(["prod"]);
    expect(await isStageProtected(db(), { id: "sandbox", protected: false }, "a1b2c3d4e5", "prod")).toBe(true);
    expect(await isStageProtected(db(), { id: "sandbox", protected: false }, "a1b2c3d4e5", "dev")).toBe(false);
    expect(await isStageProtected(db(), { id: "sandbox", protected: true }, "a1b2c3d4e5", "dev")).toBe(true);
    await setStageProtected(db(), stage, false, "admin@example.com");
    expect(await listProtectedStageNames(db(), "sandbox", "a1b2c3d4e5")).toEqual([]);
  });
});
