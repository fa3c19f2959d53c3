/** Authorizer keys are rooted at ["authorizers", envId, restApiId]. */
export const authorizerKeys = {
  all: (envId: string, restApiId: string) => ["authorizers", envId, restApiId] as const,
};
