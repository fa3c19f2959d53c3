import type { SnapshotMethod } from "../../api-snapshot";
import { hasOriginEcho } from "../../cors-origin-echo";
import { answersPreflight, corsMethodsOf, mappedCorsHeaders } from "../cors-observed";
import { findingOf } from "../finding";
import type { AdvisorRule } from "../types";

const id = "cors.origin-mismatch";
const originCheck = "the Origin check (a list of origins)";

/** The origin a response allows, as written: a mapped value, or the configurator's Origin check. */
function allowedOrigin(method: SnapshotMethod): string {
  const mapped = mappedCorsHeaders(method)["access-control-allow-origin"];
  if (mapped !== undefined) return mapped;
  return hasOriginEcho(method.methodIntegration?.integrationResponses?.["200"]?.responseTemplates?.["application/json"]) ? originCheck : "none";
}

export const corsOriginMismatchRule: AdvisorRule = {
  id,
  category: "cors",
  severity: "medium",
  title: "Preflight and method allow different origins",
  why: "A browser needs both the preflight and the actual response to allow its origin, so when they differ the request works from neither list's extra origins and fails in ways that are hard to trace.",
  evaluate(snapshot) {
    return snapshot.api.resources.flatMap((resource) => {
      const options = resource.methods.OPTIONS;
      if (!options || !answersPreflight(options)) return [];
      const preflight = allowedOrigin(options);
      // Two Origin checks are compared as equal: their lists are the configurator's to keep in step.
      const differing = corsMethodsOf(resource).filter((method) => allowedOrigin(method) !== preflight);
      if (differing.length === 0) return [];
      return [
        findingOf(corsOriginMismatchRule, {
          subject: { kind: "method", resourceId: resource.id, resourcePath: resource.path, httpMethod: "OPTIONS" },
          evidence: [`OPTIONS ${resource.path} allows ${preflight}`, ...differing.map((method) => `${method.httpMethod} ${resource.path} allows ${allowedOrigin(method)}`)],
          fix: null,
          remedy: `Decide which origins ${resource.path} serves and set them once for the resource in the CORS configurator, which writes the same list to OPTIONS and every method; then deploy.`,
        }),
      ];
    });
  },
};
