/** Every domain-name key is rooted at ["domain-names", envId]: one invalidation covers the list, details and mappings. */
export const domainNameKeys = {
  all: (envId: string) => ["domain-names", envId] as const,
  list: (envId: string) => ["domain-names", envId, "list"] as const,
  detail: (envId: string, domainName: string) => ["domain-names", envId, "detail", domainName] as const,
};
