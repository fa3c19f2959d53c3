import { describe, expect, it } from "vitest";
import { compileResponseSelection, selectIntegrationResponse } from "./integration-response-selection";

const responses = {
  "200": { statusCode: "200" },
  "404": { statusCode: "404", selectionPattern: "404" },
  "500": { statusCode: "500", selectionPattern: "5\\d{2}" },
  "400": { statusCode: "400", selectionPattern: ".*Bad input.*" },
};

describe("selectIntegrationResponse", () => {
  it("matches the backend status against the selection patterns", () => {
    expect(selectIntegrationResponse(responses, 404, undefined)?.statusCode).toBe("404");
    expect(selectIntegrationResponse(responses, 503, undefined)?.statusCode).toBe("500");
  });

  it("falls back to the default response when no pattern matches", () => {
    expect(selectIntegrationResponse(responses, 201, undefined)?.statusCode).toBe("200");
  });

  it("matches a Lambda error message instead of the status when there is one", () => {
    expect(selectIntegrationResponse(responses, 200, "Bad input: name")?.statusCode).toBe("400");
  });

  it("requires the pattern to match the whole value", () => {
    expect(selectIntegrationResponse({ "404": { statusCode: "404", selectionPattern: "40" } }, 404, undefined)).toBeUndefined();
  });
});

describe("compileResponseSelection", () => {
  it("answers like selectIntegrationResponse call after call, and matches nothing with a pattern JavaScript cannot compile", () => {
    const select = compileResponseSelection({ ...responses, "418": { statusCode: "418", selectionPattern: "(unclosed" } });
    for (const [status, message] of [[404, undefined], [503, undefined], [201, undefined], [200, "Bad input: name"]] as const) {
      expect(select(status, message)).toBe(selectIntegrationResponse(responses, status, message));
    }
    expect(select(418, undefined)?.statusCode).toBe("200");
  });
});
