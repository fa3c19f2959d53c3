/** Usage plans and API keys share one root, ["usage-plans", envId]: a key change shows on plans and the other way round. */
export const usagePlanKeys = {
  all: (envId: string) => ["usage-plans", envId] as const,
  list: (envId: string) => ["usage-plans", envId, "list"] as const,
  detail: (envId: string, usagePlanId: string) => ["usage-plans", envId, "detail", usagePlanId] as const,
  apiKeys: (envId: string) => ["usage-plans", envId, "api-keys"] as const,
  methods: (envId: string, restApiId: string) => ["usage-plans", envId, "methods", restApiId] as const,
};
