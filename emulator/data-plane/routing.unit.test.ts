import { describe, expect, it } from "vitest";
import { compileRoutes, matchRoute } from "./routing";
import type { Method, Resource } from "../control-plane/apigateway/types";

const method = (httpMethod: string): Method => ({ httpMethod, authorizationType: "NONE", apiKeyRequired: false });
const resource = (id: string, path: string, verbs: string[]): Resource => ({
  id,
  path,
  resourceMethods: Object.fromEntries(verbs.map((verb) => [verb, method(verb)])),
});

const routes = compileRoutes([
  resource("root", "/", ["GET"]),
  resource("pets", "/pets", ["GET", "POST"]),
  resource("pet", "/pets/{petId}", ["GET"]),
  resource("dogs", "/pets/dogs", ["GET"]),
  resource("proxy", "/{proxy+}", ["ANY"]),
]);

describe("matchRoute", () => {
  it("matches the root resource for an empty path", () => {
    expect(matchRoute(routes, "GET", "/")?.resource.id).toBe("root");
  });

  it("prefers a literal segment over a path parameter", () => {
    expect(matchRoute(routes, "GET", "/pets/dogs")?.resource.id).toBe("dogs");
  });

  it("captures a decoded path parameter", () => {
    const match = matchRoute(routes, "GET", "/pets/a%20b");
    expect(match?.resource.id).toBe("pet");
    expect(match?.pathParameters).toEqual({ petId: "a b" });
  });

  it("matches a literal segment sent percent-encoded, and keeps an encoded slash inside its segment", () => {
    const withCafe = compileRoutes([resource("cafe", "/café", ["GET"]), resource("item", "/items/{id}", ["GET"])]);
    expect(matchRoute(withCafe, "GET", "/caf%C3%A9")?.resource.id).toBe("cafe");
    expect(matchRoute(withCafe, "GET", "/items/a%2Fb")?.pathParameters).toEqual({ id: "a/b" });
    expect(matchRoute(withCafe, "GET", "/items/a/b")).toBeUndefined();
  });

  it("sends deeper paths to the greedy proxy with the rest of the path", () => {
    const match = matchRoute(routes, "DELETE", "/pets/7/toys/1");
    expect(match?.resource.id).toBe("proxy");
    expect(match?.method.httpMethod).toBe("ANY");
    expect(match?.pathParameters).toEqual({ proxy: "pets/7/toys/1" });
  });

  it("falls through to ANY on a less specific resource when the specific one lacks the verb", () => {
    expect(matchRoute(routes, "PUT", "/pets")?.resource.id).toBe("proxy");
  });

  it("ignores a trailing slash", () => {
    expect(matchRoute(routes, "POST", "/pets/")?.resource.id).toBe("pets");
  });

  it("finds nothing when no resource serves the path and verb", () => {
    const narrow = compileRoutes([resource("root", "/", ["GET"]), resource("pets", "/pets", ["GET"])]);
    expect(matchRoute(narrow, "POST", "/pets")).toBeUndefined();
    expect(matchRoute(narrow, "GET", "/cats")).toBeUndefined();
  });
});
