/** Gateway-response keys are rooted at ["gateway-responses", envId, restApiId]: one invalidation covers the API's plans. */
export const gatewayResponseKeys = {
  all: (envId: string, restApiId: string) => ["gateway-responses", envId, restApiId] as const,
  presetPlan: (envId: string, restApiId: string) => ["gateway-responses", envId, restApiId, "preset-plan"] as const,
};
