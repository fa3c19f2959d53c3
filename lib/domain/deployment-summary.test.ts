import { describe, expect, it } from "vitest";
import { deployDiff } from "./deploy-diff";
import { comparableDocuments, documentFromApiSummary } from "./deployment-summary";

const exported = {
  openapi: "3.0.1",
  info: { title: "pets", version: "1" },
  paths: {
    "/pets": {
      get: { security: [{ api_key: [] }], "x-amazon-apigateway-integration": { type: "mock" } },
      post: { security: [{ pool: [] }], "x-amazon-apigateway-integration": { type: "mock" } },
    },
  },
  components: { securitySchemes: { api_key: { type: "apiKey" }, pool: { type: "apiKey", "x-amazon-apigateway-authtype": "cognito_user_pools" } } },
};

describe("comparing with a deployment known only by its summary", () => {
  it("compares methods and their protection, and nothing the summary cannot hold", () => {
    const summary = documentFromApiSummary({ "/pets": { GET: { authorizationType: "NONE", apiKeyRequired: false }, POST: { authorizationType: "COGNITO_USER_POOLS", apiKeyRequired: false } } });
    const { before, after, summaryOnly } = comparableDocuments(summary, exported);
    expect(summaryOnly).toBe(true);
    const diff = deployDiff(before, after);
    expect(diff.changes.map((change) => `${change.kind} ${change.label} ${change.action}`)).toEqual(["method GET /pets changed"]);
  });

  it("leaves two full documents as they are", () => {
    expect(comparableDocuments(exported, exported)).toEqual({ before: exported, after: exported, summaryOnly: false });
  });
});
