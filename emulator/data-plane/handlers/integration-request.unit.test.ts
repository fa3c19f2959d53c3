import { describe, expect, it } from "vitest";
import { substituteUri } from "./integration-request";

describe("substituteUri", () => {
  it("fills stage variables and mapped path parameters", () => {
    expect(substituteUri("http://${stageVariables.host}/pets/{id}", { id: "a b" }, { host: "example.com" })).toBe("http://example.com/pets/a%20b");
  });

  it("keeps the slashes of a greedy value", () => {
    expect(substituteUri("http://backend/{proxy}", { proxy: "a/b/c" }, {})).toBe("http://backend/a/b/c");
  });

  it("leaves a placeholder with no value as it is", () => {
    expect(substituteUri("http://backend/{missing}", {}, {})).toBe("http://backend/{missing}");
  });
});
