/** Every stage and deployment key of one API is rooted at ["stages", envId, restApiId], so one invalidation covers all. */
export const stageKeys = {
  all: (envId: string, restApiId: string) => ["stages", envId, restApiId] as const,
  overview: (envId: string, restApiId: string) => ["stages", envId, restApiId, "overview"] as const,
  compare: (envId: string, restApiId: string, before: string, after: string) => ["stages", envId, restApiId, "compare", before, after] as const,
};
