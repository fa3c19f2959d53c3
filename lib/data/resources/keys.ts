/** Every resource key of one API is rooted at ["resources", envId, restApiId], so one invalidation covers the tree. */
export const resourceKeys = {
  all: (envId: string, restApiId: string) => ["resources", envId, restApiId] as const,
  list: (envId: string, restApiId: string) => ["resources", envId, restApiId, "list"] as const,
};
