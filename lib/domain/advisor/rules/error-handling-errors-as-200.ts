import { findingOf } from "../finding";
import { allMethods, methodLabel, type MethodAt } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

const isLambda = (uri: string | undefined) => uri?.includes(":lambda:path/") ?? false;

/** Non-proxy, non-MOCK integrations that have responses but none with a selection pattern: every answer is the default's. */
function passesErrorsAs200({ method }: MethodAt): boolean {
  const integration = method.methodIntegration;
  if (!integration || (integration.type !== "HTTP" && integration.type !== "AWS")) return false;
  const responses = Object.values(integration.integrationResponses ?? {});
  return responses.length > 0 && responses.every((response) => !response.selectionPattern);
}

function remedyFor(at: MethodAt): string {
  const label = methodLabel(at);
  return isLambda(at.method.methodIntegration?.uri)
    ? `Add integration responses to ${label} whose selection patterns match the Lambda error message (e.g. ".*\\[BadRequest\\].*" -> 400, ".+" for any other error -> 500), with method responses for those codes.`
    : `Add integration responses to ${label} with selection patterns on the backend status (e.g. "4\\d{2}" -> 400 and "5\\d{2}" -> 502), with method responses for those codes.`;
}

export const errorsAs200Rule: AdvisorRule = {
  id: "error-handling.errors-as-200",
  category: "error-handling",
  severity: "medium",
  title: "Backend errors answered as 200",
  why: "With only a default integration response, API Gateway answers a failing backend with the default's status (usually 200), so clients, retries, alarms and caches all treat errors as successes.",
  evaluate(snapshot) {
    return allMethods(snapshot)
      .filter(passesErrorsAs200)
      .map((at) => {
        const integration = at.method.methodIntegration!;
        const codes = Object.keys(integration.integrationResponses ?? {});
        return findingOf(errorsAs200Rule, {
          subject: { kind: "method", resourceId: at.resource.id, resourcePath: at.resource.path, httpMethod: at.method.httpMethod },
          evidence: [
            `${methodLabel(at)}: ${integration.type}${isLambda(integration.uri) ? " (Lambda)" : ""} integration`,
            `Integration response${codes.length === 1 ? "" : "s"} ${codes.join(", ")}, none with a selection pattern: a backend error is answered as ${codes[0]}`,
          ],
          // Which backend errors map to which status codes depends on the backend's contract.
          fix: null,
          remedy: remedyFor(at),
        });
      });
  },
};
