import { describe, expect, it } from "vitest";
import { createRestApiSchema, deleteRestApiSchema, updateRestApiSchema } from "./rest-api-schemas";

describe("REST API action inputs", () => {
  it("accepts a create with a trimmed name and a known endpoint type", () => {
    expect(createRestApiSchema.parse({ envId: "sandbox", name: "  pets ", endpointType: "REGIONAL" })).toEqual({
      envId: "sandbox",
      name: "pets",
      endpointType: "REGIONAL",
    });
  });

  it("rejects a blank name and an unknown endpoint type, per field", () => {
    const result = createRestApiSchema.safeParse({ envId: "sandbox", name: "  ", endpointType: "GLOBAL" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["name", "endpointType"]);
  });

  it("refuses an API id that could not be an id", () => {
    expect(updateRestApiSchema.safeParse({ envId: "sandbox", restApiId: "../../x", name: "a" }).success).toBe(false);
  });

  it("requires the typed confirmation on delete", () => {
    const result = deleteRestApiSchema.safeParse({ envId: "sandbox", restApiId: "abc123defg" });
    expect(result.error?.issues[0]?.path).toEqual(["confirmName"]);
  });
});
