import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/test-databases";
import { environmentFieldsSchema } from "./environment-schema";
import { deleteEnvironment, getEnvironment, insertEnvironment, listEnvironments, requireEnvironment, updateEnvironment } from "./environments";

const production = environmentFieldsSchema.parse({ name: "Production", region: "eu-west-1", credentialsSource: "profile", profile: "prod", protected: true });
const staging = environmentFieldsSchema.parse({ name: "Staging", region: "us-west-2", credentialsSource: "role", roleArn: "arn:aws:iam::123456789012:role/Console" });

describeEachDatabase("environments", (db) => {
  it("lists the built-in sandbox first, then stored environments by name", async () => {
    await insertEnvironment(db(), staging);
    await insertEnvironment(db(), production);
    const environments = await listEnvironments(db());
    expect(environments.map((env) => env.name)).toEqual(["Sandbox", "Production", "Staging"]);
    expect(environments[0]).toMatchObject({ id: "sandbox", kind: "sandbox", region: "us-east-1", protected: false });
    expect(environments[1]).toEqual({ id: expect.any(String), name: "Production", kind: "aws", region: "eu-west-1", credentialsSource: "profile", profile: "prod", protected: true });
  });

  it("stores where credentials come from and nothing secret", async () => {
    const created = await insertEnvironment(db(), staging);
    const row = await db().query.environments.findFirst();
    expect(Object.keys(row!).sort()).toEqual(["createdAt", "credentialsSource", "endpointUrl", "id", "name", "profile", "protected", "region", "roleArn", "updatedAt"]);
    expect(await getEnvironment(created.id, db())).toMatchObject({ credentialsSource: "role", roleArn: "arn:aws:iam::123456789012:role/Console" });
  });

  it("refuses a second environment with the same name in any case, on create and on rename", async () => {
    await insertEnvironment(db(), production);
    const other = await insertEnvironment(db(), staging);
    await expect(insertEnvironment(db(), { ...staging, name: "PRODUCTION" })).rejects.toMatchObject({ code: "conflict", fieldErrors: { name: expect.any(Array) } });
    await expect(updateEnvironment(db(), other.id, { ...staging, name: "production" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("updates and deletes a stored environment", async () => {
    const created = await insertEnvironment(db(), production);
    const updated = await updateEnvironment(db(), created.id, { ...production, region: "eu-central-1", protected: false });
    expect(updated).toMatchObject({ id: created.id, region: "eu-central-1", protected: false });
    await deleteEnvironment(db(), created.id);
    expect(await getEnvironment(created.id, db())).toBeNull();
    await expect(requireEnvironment(created.id, db())).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to edit or delete the built-in sandbox", async () => {
    await expect(updateEnvironment(db(), "sandbox", production)).rejects.toMatchObject({ code: "validation" });
    await expect(deleteEnvironment(db(), "sandbox")).rejects.toMatchObject({ code: "validation" });
    expect((await getEnvironment("sandbox", db()))?.kind).toBe("sandbox");
  });
});
