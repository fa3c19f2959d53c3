import { describe, expect, it } from "vitest";
import { applyParameterMappings, evaluateMappingExpression } from "./parameter-mapping";

const sources = {
  path: { petId: "42" },
  query: { tag: ["a", "b"] },
  headers: { "x-trace": ["t1"] },
  body: '{"owner":{"name":"Ann"}}',
  responseHeaders: { "x-backend": ["v2"] },
  responseBody: '{"id":7,"meta":{"ok":true}}',
  context: { requestId: "req-1", identity: { sourceIp: "127.0.0.1" } },
  stageVariables: { env: "prod" },
};

describe("evaluateMappingExpression", () => {
  it("reads a static value in single quotes", () => {
    expect(evaluateMappingExpression("'*'", sources)).toBe("*");
  });

  it("reads method request path, query string (last value), multi-value query string and header", () => {
    expect(evaluateMappingExpression("method.request.path.petId", sources)).toBe("42");
    expect(evaluateMappingExpression("method.request.querystring.tag", sources)).toBe("b");
    expect(evaluateMappingExpression("method.request.multivaluequerystring.tag", sources)).toBe("a,b");
    expect(evaluateMappingExpression("method.request.header.X-Trace", sources)).toBe("t1");
  });

  it("reads JSON fields of the request and response bodies", () => {
    expect(evaluateMappingExpression("method.request.body.owner.name", sources)).toBe("Ann");
    expect(evaluateMappingExpression("integration.response.body.meta", sources)).toBe('{"ok":true}');
    expect(evaluateMappingExpression("integration.response.header.X-Backend", sources)).toBe("v2");
  });

  it("reads context and stage variables", () => {
    expect(evaluateMappingExpression("context.identity.sourceIp", sources)).toBe("127.0.0.1");
    expect(evaluateMappingExpression("stageVariables.env", sources)).toBe("prod");
  });

  it("answers undefined for a missing source", () => {
    expect(evaluateMappingExpression("method.request.header.Absent", sources)).toBeUndefined();
  });
});

describe("applyParameterMappings", () => {
  it("groups the mapped values by target location and leaves out missing ones", () => {
    const mapped = applyParameterMappings(
      {
        "integration.request.header.X-Pet": "method.request.path.petId",
        "integration.request.querystring.env": "stageVariables.env",
        "integration.request.header.X-None": "method.request.header.Nope",
      },
      "integration.request.",
      sources,
    );
    expect(mapped).toEqual({ header: { "X-Pet": "42" }, querystring: { env: "prod" } });
  });
});
