import { findingOf } from "../finding";
import { allMethods, protectedStageSummaries } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

export const openMethodsRule: AdvisorRule = {
  id: "security.open-method",
  category: "security",
  severity: "high",
  title: "Method open to anyone on a protected stage",
  why: "A method with no authorization and no API key can be called by anyone who finds the URL, so its data and backend are public.",
  evaluate(snapshot) {
    const stages = protectedStageSummaries(snapshot).map((stage) => stage.stageName);
    if (stages.length === 0) return [];
    return allMethods(snapshot)
      .filter(({ method }) => method.httpMethod !== "OPTIONS" && (method.authorizationType ?? "NONE") === "NONE" && !method.apiKeyRequired)
      .map(({ resource, method }) =>
        findingOf(openMethodsRule, {
          subject: { kind: "method", resourceId: resource.id, resourcePath: resource.path, httpMethod: method.httpMethod },
          evidence: [`${method.httpMethod} ${resource.path}: authorization NONE, no API key`, `Served on protected stage${stages.length === 1 ? "" : "s"} ${stages.join(", ")} once deployed`],
          // Which authorizer (IAM, Cognito, Lambda) fits is a person's decision.
          fix: null,
          remedy: `Protect ${method.httpMethod} ${resource.path} with IAM, a Cognito or Lambda authorizer, or require an API key; if it is meant to be public, dismiss this finding with that reason.`,
        }),
      );
  },
};
