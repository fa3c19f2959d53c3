/** Every advisor key is rooted at ["advisor", envId], so one fix or dismissal refreshes the environment page and every placement. */
export const advisorKeys = {
  all: (envId: string) => ["advisor", envId] as const,
  api: (envId: string, restApiId: string) => ["advisor", envId, "api", restApiId] as const,
};
