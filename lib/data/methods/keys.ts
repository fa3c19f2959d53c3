/** Every method key is rooted at ["methods", envId, restApiId], so one invalidation covers an API's methods. */
export const methodKeys = {
  all: (envId: string, restApiId: string) => ["methods", envId, restApiId] as const,
  detail: (envId: string, restApiId: string, resourceId: string, httpMethod: string) => ["methods", envId, restApiId, resourceId, httpMethod] as const,
};
