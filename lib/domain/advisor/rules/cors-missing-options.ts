import { planCors } from "../../cors-plan";
import type { SnapshotResource } from "../../api-snapshot";
import { corsMethodsOf, mappedCorsHeaders, settingsFromHeaders } from "../cors-observed";
import { designSnapshotOf } from "../design-snapshot";
import { findingOf } from "../finding";
import type { AdvisorFix, AdvisorRule, AdvisorSnapshot } from "../types";

const id = "cors.missing-options";

/** The configurator's OPTIONS steps for the resource, with settings read from the headers its methods already send. */
function addOptionsFix(snapshot: AdvisorSnapshot, resource: SnapshotResource): AdvisorFix | null {
  const methods = corsMethodsOf(resource);
  const settings = settingsFromHeaders(mappedCorsHeaders(methods[0]!), methods.map((method) => method.httpMethod));
  if (!settings) return null;
  const result = planCors(designSnapshotOf(snapshot.api), { kind: "resource", resourceId: resource.id }, settings);
  if (!result.ok) return null;
  // Only the preflight: the methods' own headers and the gateway responses are other findings' business.
  const steps = result.plan.steps.filter((step) => step.id.startsWith(`${resource.id}:OPTIONS:`));
  return {
    summary: `Add an OPTIONS method to ${resource.path} answering preflights for ${settings.origins.join(", ")}`,
    plan: { steps, notes: [{ title: "Deploy to take effect", text: "These calls change the working copy; deploy it for browsers to see the change." }] },
  };
}

export const corsMissingOptionsRule: AdvisorRule = {
  id,
  category: "cors",
  severity: "medium",
  title: "CORS headers but no OPTIONS method",
  why: "Browsers send an OPTIONS preflight before non-simple requests (JSON bodies, PUT, DELETE, auth headers); without an OPTIONS method it fails and the real request is never sent.",
  evaluate(snapshot) {
    return snapshot.api.resources.flatMap((resource) => {
      const methods = corsMethodsOf(resource);
      if (methods.length === 0 || resource.methods.OPTIONS) return [];
      const origin = mappedCorsHeaders(methods[0]!)["access-control-allow-origin"] ?? "the request's Origin (Origin check)";
      return [
        findingOf(corsMissingOptionsRule, {
          subject: { kind: "method", resourceId: resource.id, resourcePath: resource.path, httpMethod: "OPTIONS" },
          evidence: [`${resource.path}: ${methods.map((method) => method.httpMethod).join(", ")} send Access-Control-Allow-Origin ${origin}`, `${resource.path} has no OPTIONS method to answer preflight requests`],
          fix: addOptionsFix(snapshot, resource),
          remedy: `Add an OPTIONS method to ${resource.path} that answers preflights with the same origins (the CORS configurator does this), then deploy.`,
        }),
      ];
    });
  },
};
