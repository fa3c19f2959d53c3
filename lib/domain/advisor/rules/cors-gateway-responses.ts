import { gatewayResponseSteps } from "../../cors-gateway-responses";
import { gatewayResponseHeaderValues } from "../../cors-headers";
import { answersPreflight, corsMethodsOf, mappedCorsHeaders, settingsFromHeaders } from "../cors-observed";
import { designSnapshotOf } from "../design-snapshot";
import { findingOf } from "../finding";
import type { AdvisorFix, AdvisorRule, AdvisorSnapshot } from "../types";

const id = "cors.gateway-responses-without-cors";
const types = ["DEFAULT_4XX", "DEFAULT_5XX"] as const;

/** The CORS headers the API already sends: a preflight's first, else a method's. */
function observedSettings(snapshot: AdvisorSnapshot) {
  const resources = snapshot.api.resources;
  const preflight = resources.map((resource) => resource.methods.OPTIONS).find(answersPreflight);
  const source = preflight ?? resources.flatMap(corsMethodsOf)[0];
  const verbs = [...new Set(resources.flatMap((resource) => Object.keys(resource.methods)))];
  return source ? settingsFromHeaders(mappedCorsHeaders(source), verbs) : null;
}

function fixFor(snapshot: AdvisorSnapshot, missing: readonly string[]): AdvisorFix | null {
  const settings = observedSettings(snapshot);
  if (!settings) return null;
  const steps = gatewayResponseSteps(designSnapshotOf(snapshot.api), gatewayResponseHeaderValues(settings)).filter(
    (step) => step.call.operation === "PutGatewayResponse" && missing.includes(step.call.input.responseType),
  );
  return {
    summary: `Add the API's CORS headers (origin ${settings.origins.join(", ")}) to ${missing.join(" and ")}`,
    plan: { steps, notes: [{ title: "Deploy to take effect", text: "Stages answer errors with the headers once the API is deployed." }] },
  };
}

const usesCors = (snapshot: AdvisorSnapshot) =>
  snapshot.api.resources.some((resource) => corsMethodsOf(resource).length > 0 || answersPreflight(resource.methods.OPTIONS));

const hasAllowOrigin = (parameters: Record<string, string> | undefined) =>
  Object.keys(parameters ?? {}).some((key) => key.toLowerCase() === "gatewayresponse.header.access-control-allow-origin");

export const corsGatewayResponsesRule: AdvisorRule = {
  id,
  category: "cors",
  severity: "medium",
  title: "Error responses without CORS headers",
  why: "When API Gateway itself answers with an error (auth, throttling, timeouts), a browser hides the response from the page unless it carries CORS headers, so the app only sees an opaque network failure.",
  evaluate(snapshot) {
    if (!usesCors(snapshot)) return [];
    const missing = types.filter((type) => !hasAllowOrigin(snapshot.api.gatewayResponses.find((response) => response.responseType === type)?.responseParameters));
    if (missing.length === 0) return [];
    return [
      findingOf(corsGatewayResponsesRule, {
        subject: { kind: "api" },
        evidence: [...missing.map((type) => `${type}: no Access-Control-Allow-Origin header`), "The API's methods answer browsers with CORS headers"],
        fix: fixFor(snapshot, missing),
        remedy: `Add the API's CORS headers to ${missing.join(" and ")} (the CORS configurator does this for the whole API), then deploy.`,
      }),
    ];
  },
};
