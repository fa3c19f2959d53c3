// API Gateway's adjustable count quotas (developer guide, "Amazon API Gateway quotas"): AWS raises them per
// account through Service Quotas, so the sandbox lets a user raise (or lower) them too. Defaults are AWS's.
// Quotas AWS does not let an account change (e.g. 10,000 API keys per region) stay fixed in their operations.

export const quotaDefaults = {
  resourcesPerApi: 300,
  stagesPerApi: 10,
  authorizersPerApi: 10,
  documentationPartsPerApi: 2_000,
  usagePlansPerRegion: 300,
  usagePlansPerApiKey: 10,
  clientCertificatesPerRegion: 60,
  vpcLinksPerRegion: 20,
  publicDomainNamesPerRegion: 120,
  /** "Throttle quota per account, per Region across HTTP APIs, REST APIs, WebSocket APIs": requests per second. */
  accountThrottleRateLimit: 10_000,
  /** The same quota's burst. */
  accountThrottleBurstLimit: 5_000,
} as const;

export type QuotaName = keyof typeof quotaDefaults;
export type ServiceQuotas = Record<QuotaName, number>;

export const quotaNames = Object.keys(quotaDefaults) as QuotaName[];

export const defaultQuotas = (): ServiceQuotas => ({ ...quotaDefaults });

const isQuotaName = (name: string): name is QuotaName => (quotaNames as string[]).includes(name);

/** The largest value accepted: far above any quota AWS grants, low enough to keep the sandbox's counts honest. */
const MAX_QUOTA = 1_000_000;

/** Applies `name=value` overrides ("resourcesPerApi=1000"); returns the new quotas or a message naming what is wrong. */
export function applyQuotaOverrides(current: ServiceQuotas, overrides: Record<string, unknown>): ServiceQuotas | string {
  const next = { ...current };
  for (const [name, raw] of Object.entries(overrides)) {
    if (!isQuotaName(name)) return `Unknown quota "${name}"; the quotas are ${quotaNames.join(", ")}.`;
    const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_QUOTA) {
      return `Quota ${name} must be a whole number from 1 to ${MAX_QUOTA}, got ${JSON.stringify(raw)}.`;
    }
    next[name] = value;
  }
  return next;
}

/** Reads the flag and environment form, ["resourcesPerApi=1000", "stagesPerApi=20"], into overrides. */
export function parseQuotaSpecs(specs: readonly string[]): Record<string, string> | string {
  const overrides: Record<string, string> = {};
  for (const spec of specs) {
    const [name, value, ...rest] = spec.trim().split("=");
    if (!name || value === undefined || rest.length > 0) return `--quota must look like name=value, got "${spec}"`;
    overrides[name.trim()] = value.trim();
  }
  return overrides;
}
