import type { IntegrationResponse } from "../control-plane/apigateway/types";

const hasPattern = (response: IntegrationResponse) => response.selectionPattern !== undefined && response.selectionPattern !== "";

/** Picks an integration response for a status code and, from Lambda, an error message. */
export type ResponseSelection = (statusCode: number, errorMessage: string | undefined) => IntegrationResponse | undefined;

/** The whole-value regex of a selection pattern; a pattern JavaScript cannot compile matches nothing. */
function wholeMatch(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, "s");
  } catch {
    return undefined;
  }
}

/**
 * Compiles AWS's choice once for a method's integration responses: the first whose selectionPattern (a regex
 * that must match the whole value) matches the Lambda error message, or else the backend status code;
 * otherwise the default (the one without a pattern). The selection answers undefined when nothing applies.
 */
export function compileResponseSelection(responses: Readonly<Record<string, IntegrationResponse>> | undefined): ResponseSelection {
  const all = Object.values(responses ?? {});
  const patterns = all.filter(hasPattern).map((response) => [wholeMatch(response.selectionPattern!), response] as const);
  const fallback = all.find((response) => !hasPattern(response));
  return (statusCode, errorMessage) => {
    const subject = errorMessage ?? String(statusCode);
    for (const [regex, response] of patterns) if (regex?.test(subject)) return response;
    return fallback;
  };
}

/** The integration response AWS picks (see compileResponseSelection), compiling the patterns for this one call. */
export function selectIntegrationResponse(
  responses: Readonly<Record<string, IntegrationResponse>> | undefined,
  statusCode: number,
  errorMessage: string | undefined,
): IntegrationResponse | undefined {
  return compileResponseSelection(responses)(statusCode, errorMessage);
}
