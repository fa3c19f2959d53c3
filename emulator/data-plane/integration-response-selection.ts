import type { IntegrationResponse } from "../control-plane/apigateway/types";

const hasPattern = (response: IntegrationResponse) => response.selectionPattern !== undefined && response.selectionPattern !== "";

/**
 * Picks the integration response as AWS does: the first whose selectionPattern (a regex that must match
 * the whole value) matches the Lambda error message, or else the backend status code; otherwise the default
 * (the one without a pattern). Undefined when nothing applies.
 */
export function selectIntegrationResponse(
  responses: Readonly<Record<string, IntegrationResponse>> | undefined,
  statusCode: number,
  errorMessage: string | undefined,
): IntegrationResponse | undefined {
  const all = Object.values(responses ?? {});
  const subject = errorMessage ?? String(statusCode);
  const matched = all.filter(hasPattern).find((response) => {
    try {
      return new RegExp(`^(?:${response.selectionPattern})$`, "s").test(subject);
    } catch {
      return false;
    }
  });
  return matched ?? all.find((response) => !hasPattern(response));
}
