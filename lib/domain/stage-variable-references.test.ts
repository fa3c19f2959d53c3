import { describe, expect, it } from "vitest";
import { referencedNames, stageVariableReferences, undefinedStageVariables } from "./stage-variable-references";
import { stageVariablePatches } from "./stage-variable-patch";

const document = {
  paths: {
    "/pets": {
      get: { "x-amazon-apigateway-integration": { type: "http", uri: "https://${stageVariables.host}/pets", requestParameters: { "integration.request.header.x-env": "stageVariables.envName" } } },
      post: {
        "x-amazon-apigateway-integration": {
          type: "aws_proxy",
          uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:${stageVariables.fn}/invocations",
          requestTemplates: { "application/json": "{\"t\": \"$stageVariables.tableName\", \"q\": \"$stageVariables['queue']\"}" },
        },
      },
    },
  },
  components: { securitySchemes: { tok: { "x-amazon-apigateway-authorizer": { authorizerUri: "arn:...function:${stageVariables.authFn}/invocations" } } } },
};

describe("referencedNames", () => {
  it("reads the URI, VTL dot and bracket forms once each", () => {
    expect(referencedNames("${stageVariables.a}/$stageVariables.b/$stageVariables['c']/${stageVariables.a}")).toEqual(["a", "b", "c"]);
  });
});

describe("stageVariableReferences", () => {
  it("finds references in integration URIs, Lambda ARNs, templates, parameter mappings and authorizers", () => {
    expect(stageVariableReferences(document).map((r) => [r.name, r.where, r.place])).toEqual([
      ["host", "GET /pets", "integration URI"],
      ["envName", "GET /pets", "parameter mapping"],
      ["fn", "POST /pets", "Lambda ARN"],
      ["tableName", "POST /pets", "mapping template"],
      ["queue", "POST /pets", "mapping template"],
      ["authFn", "authorizer tok", "authorizer URI"],
    ]);
  });

  it("flags variables referenced but not defined on the stage", () => {
    expect(undefinedStageVariables(stageVariableReferences(document), { host: "a", fn: "b", tableName: "c" })).toEqual(["authFn", "envName", "queue"]);
  });
});

describe("stageVariablePatches", () => {
  it("adds new names, replaces changed values, removes missing names and leaves the rest", () => {
    expect(stageVariablePatches({ keep: "1", change: "old", drop: "x" }, { keep: "1", change: "new", add: "y" })).toEqual([
      { op: "replace", path: "/variables/change", value: "new" },
      { op: "add", path: "/variables/add", value: "y" },
      { op: "remove", path: "/variables/drop" },
    ]);
  });
});
