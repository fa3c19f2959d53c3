/** Every REST API key is rooted at ["rest-apis", envId], so one invalidation covers lists and details. */
export const restApiKeys = {
  all: (envId: string | undefined) => ["rest-apis", envId] as const,
  list: (envId: string | undefined) => ["rest-apis", envId, "list"] as const,
  detail: (envId: string | undefined, restApiId: string | undefined) => ["rest-apis", envId, "detail", restApiId] as const,
};
