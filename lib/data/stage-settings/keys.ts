/** Every key of one stage's settings is rooted at ["stage-settings", envId, restApiId, stageName], so one invalidation covers all. */
export const stageSettingKeys = {
  all: (envId: string, restApiId: string, stageName: string) => ["stage-settings", envId, restApiId, stageName] as const,
  settings: (envId: string, restApiId: string, stageName: string) => ["stage-settings", envId, restApiId, stageName, "settings"] as const,
  effectiveLimits: (envId: string, restApiId: string, stageName: string, keyId: string | null) => ["stage-settings", envId, restApiId, stageName, "effective-limits", keyId ?? ""] as const,
};
