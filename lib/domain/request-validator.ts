export type RequestValidatorSummary = { id: string; name: string; validateRequestBody: boolean; validateRequestParameters: boolean };

/** What a validator checks, in words. */
export function describeValidation(validator: Pick<RequestValidatorSummary, "validateRequestBody" | "validateRequestParameters">): string {
  if (validator.validateRequestBody && validator.validateRequestParameters) return "Body and parameters";
  if (validator.validateRequestBody) return "Body only";
  if (validator.validateRequestParameters) return "Parameters only";
  return "Nothing (checks are off)";
}
