import { planSafeErrorPreset, safeErrorTemplate } from "../../gateway-response-preset";
import { designSnapshotOf } from "../design-snapshot";
import { findingOf } from "../finding";
import type { AdvisorRule } from "../types";

const id = "error-handling.default-responses";
const defaultTypes = ["DEFAULT_4XX", "DEFAULT_5XX"] as const;

export const defaultResponsesRule: AdvisorRule = {
  id,
  category: "error-handling",
  severity: "medium",
  title: "Default error responses not customised",
  why: "AWS's default 4XX/5XX bodies differ in shape from the API's own errors and carry no request id, so clients cannot handle errors uniformly and support cannot trace them.",
  evaluate(snapshot) {
    const customised = new Set(snapshot.api.gatewayResponses.map((response) => response.responseType));
    const missing = defaultTypes.filter((type) => !customised.has(type));
    if (missing.length === 0) return [];
    const preset = planSafeErrorPreset(designSnapshotOf(snapshot.api));
    // Only the types still at AWS's default: a type someone customised differently keeps their choice.
    const steps = preset.steps.filter((step) => step.call.operation === "PutGatewayResponse" && (missing as readonly string[]).includes(step.call.input.responseType));
    return [
      findingOf(defaultResponsesRule, {
        subject: { kind: "api" },
        evidence: missing.map((type) => `${type}: AWS's default response (not customised)`),
        fix: { summary: `Answer ${missing.join(" and ")} with the safe JSON error body ${safeErrorTemplate}`, plan: { steps, notes: preset.notes } },
        remedy: `Customise ${missing.join(" and ")} to one JSON error shape with the request id (the safe error preset), keeping any CORS headers.`,
      }),
    ];
  },
};
