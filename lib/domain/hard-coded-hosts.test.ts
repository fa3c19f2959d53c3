import { describe, expect, it } from "vitest";
import { hardCodedHosts } from "./hard-coded-hosts";

const doc = (uris: Record<string, string>) => ({
  paths: Object.fromEntries(Object.entries(uris).map(([path, uri]) => [path, { get: { "x-amazon-apigateway-integration": { type: "http", uri } } }])),
});

describe("hardCodedHosts", () => {
  it("flags a URI that differs only by host and suggests a stage variable", () => {
    const found = hardCodedHosts(doc({ "/pets": "https://dev.example.com/pets/{id}" }), doc({ "/pets": "https://prod.example.com/pets/{id}" }));
    expect(found).toEqual([
      { path: "/pets", httpMethod: "GET", hosts: { a: "dev.example.com", b: "prod.example.com" }, suggestedUri: "https://${stageVariables.backendHost}/pets/{id}", variableName: "backendHost" },
    ]);
  });

  it("ignores equal URIs, different paths and URIs that already use a variable", () => {
    const a = doc({ "/same": "https://x.example.com/a", "/path": "https://dev.example.com/a", "/var": "https://${stageVariables.h}/a" });
    const b = doc({ "/same": "https://x.example.com/a", "/path": "https://prod.example.com/b", "/var": "https://prod.example.com/a" });
    expect(hardCodedHosts(a, b)).toEqual([]);
  });
});
