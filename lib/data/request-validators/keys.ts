/** Request validator keys are rooted at ["request-validators", envId, restApiId]. */
export const requestValidatorKeys = {
  all: (envId: string, restApiId: string) => ["request-validators", envId, restApiId] as const,
};
