/** Model keys are rooted at ["models", envId, restApiId]. */
export const modelKeys = {
  all: (envId: string, restApiId: string) => ["models", envId, restApiId] as const,
};
