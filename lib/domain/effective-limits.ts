// Which throttle limits apply to one method of one stage (and optionally one API key), resolved as API Gateway
// does (facts §5.2): every level's token bucket is checked in turn, so the lowest rate and the smallest burst
// are what a client hits first. Within a group the more specific setting replaces the general one only on the
// stage (a method override is a whole method-settings entry); a usage plan's per-method throttle and its plan
// throttle are both enforced (the plan limit stays global to the key).
import type { AccountSettings } from "./account-settings";
import { methodSettingKey } from "./method-settings-patch";
import type { MethodSettingValues, StageSettings } from "./stage-settings";

/** A rate (requests per second) and burst (bucket size); null where that half is not set. */
export type ThrottlePair = { rateLimit: number | null; burstLimit: number | null };

/** The account's Region-wide throttle (GetAccount throttleSettings). */
export type AccountThrottle = { rateLimit: number; burstLimit: number };

/** AWS's default account throttle in most Regions (facts §5.1). */
export const defaultAccountThrottle: AccountThrottle = { rateLimit: 10_000, burstLimit: 5_000 };

/** The usage plan a key belongs to for this API stage: its throttle and its per-method throttles ("/pets/GET"). */
export type PlanThrottles = { planId: string; planName: string; throttle: ThrottlePair | null; methodThrottles: Record<string, ThrottlePair> };

/** An API key as the effective-limits picker lists it: never its value. */
export type ApiKeyChoice = { id: string; name: string; enabled: boolean };

/** What the effective-limits view resolves from, as read from AWS. */
export type EffectiveLimitInputs = {
  account: AccountSettings;
  settings: StageSettings;
  apiKeys: ApiKeyChoice[];
  /** The chosen key's plan for this stage: undefined without a key, null when none of its plans covers the stage. */
  plan?: PlanThrottles | null;
};

export type LimitLevel = "plan-method" | "plan" | "stage-method" | "stage-default" | "account";

export type ResolvedLevel = {
  level: LimitLevel;
  label: string;
  /** The limit as set at this level; null halves are not set there. */
  limit: ThrottlePair;
  /** Whether API Gateway enforces this level for the request. */
  applies: boolean;
  /** One line: why it applies, or why not. */
  reason: string;
};

export type EffectiveLimits = {
  levels: ResolvedLevel[];
  /** The level whose rate a client reaches first (lowest rate; the more specific level on a tie). */
  rate: { level: LimitLevel; value: number };
  burst: { level: LimitLevel; value: number };
};

export type EffectiveLimitQuery = {
  account: AccountThrottle;
  methodSettings: Record<string, MethodSettingValues>;
  method: { resourcePath: string; httpMethod: string; apiKeyRequired: boolean };
  /** The chosen key's plan for this stage; undefined when no key was chosen, null when the key has no plan for it. */
  plan?: PlanThrottles | null;
};

/** -1 (and anything negative or missing) means "not set", as AWS reports an unset method setting. */
export function settingValue(value: number | undefined | null): number | null {
  return value === undefined || value === null || value < 0 ? null : value;
}

const pairOf = (rate: number | undefined | null, burst: number | undefined | null): ThrottlePair => ({ rateLimit: settingValue(rate), burstLimit: settingValue(burst) });
const isSet = (pair: ThrottlePair | null | undefined): pair is ThrottlePair => Boolean(pair && (pair.rateLimit !== null || pair.burstLimit !== null));

/** The usage-plan throttle key of a method: "/pets/GET" (the path keeps its slashes; the root is "//GET"). */
export function planMethodKey(resourcePath: string, httpMethod: string): string {
  return `${resourcePath}/${httpMethod}`;
}

/** Every level for the method with whether it applies and why, and the first limit a client hits. */
export function resolveEffectiveLimits(query: EffectiveLimitQuery): EffectiveLimits {
  const levels = [...planLevels(query), ...stageLevels(query), accountLevel(query.account)];
  return { levels, rate: lowest(levels, "rateLimit"), burst: lowest(levels, "burstLimit") };
}

function planLevels({ plan, method }: EffectiveLimitQuery): ResolvedLevel[] {
  if (plan === undefined) return [];
  const methodLabel = "Usage plan, this method";
  const planLabel = "Usage plan";
  if (plan === null) {
    const reason = "The key is in no usage plan for this stage.";
    return [notApplied("plan-method", methodLabel, reason), notApplied("plan", planLabel, reason)];
  }
  if (!method.apiKeyRequired) {
    const reason = `${method.httpMethod} does not require an API key, so API Gateway applies no usage plan to it.`;
    return [notApplied("plan-method", methodLabel, reason), notApplied("plan", planLabel, reason)];
  }
  const perMethod = plan.methodThrottles[planMethodKey(method.resourcePath, method.httpMethod)];
  return [
    isSet(perMethod)
      ? { level: "plan-method", label: methodLabel, limit: perMethod, applies: true, reason: `Plan ${plan.planName} throttles this method for each key.` }
      : notApplied("plan-method", methodLabel, `Plan ${plan.planName} sets no throttle for this method.`),
    isSet(plan.throttle)
      ? { level: "plan", label: planLabel, limit: plan.throttle, applies: true, reason: `Plan ${plan.planName} throttles each key across all its methods.` }
      : notApplied("plan", planLabel, `Plan ${plan.planName} sets no throttle.`),
  ];
}

function stageLevels({ methodSettings, method, account }: EffectiveLimitQuery): ResolvedLevel[] {
  const override = methodSettings[methodSettingKey(method)];
  const defaults = methodSettings["*/*"];
  const overridePair = override ? belowAccount(pairOf(override.throttlingRateLimit, override.throttlingBurstLimit), account) : null;
  const defaultPair = defaults ? belowAccount(pairOf(defaults.throttlingRateLimit, defaults.throttlingBurstLimit), account) : null;
  const methodLabel = "Stage, method setting";
  const defaultLabel = "Stage default";
  const methodLevel: ResolvedLevel = isSet(overridePair)
    ? { level: "stage-method", label: methodLabel, limit: overridePair, applies: true, reason: "This method's setting on the stage replaces the stage default for it." }
    : notApplied("stage-method", methodLabel, override ? "The method's setting leaves throttling at the account's limits." : "No setting for this method on the stage.");
  const defaultLevel: ResolvedLevel = !isSet(defaultPair)
    ? notApplied("stage-default", defaultLabel, "The stage sets no default below the account's limits.")
    : override
      ? { level: "stage-default", label: defaultLabel, limit: defaultPair, applies: false, reason: "Replaced by the method's own setting on this stage." }
      : { level: "stage-default", label: defaultLabel, limit: defaultPair, applies: true, reason: "Applies to every method of the stage without a setting of its own." };
  return [methodLevel, defaultLevel];
}

/** A stage value equal to (or above) the account's is no stage limit: the account's bucket is hit first anyway. */
function belowAccount(pair: ThrottlePair, account: AccountThrottle): ThrottlePair {
  return {
    rateLimit: pair.rateLimit !== null && pair.rateLimit < account.rateLimit ? pair.rateLimit : null,
    burstLimit: pair.burstLimit !== null && pair.burstLimit < account.burstLimit ? pair.burstLimit : null,
  };
}

function accountLevel(account: AccountThrottle): ResolvedLevel {
  return { level: "account", label: "Account", limit: { ...account }, applies: true, reason: "Shared by every API of the account in this Region (GetAccount)." };
}

function notApplied(level: LimitLevel, label: string, reason: string): ResolvedLevel {
  return { level, label, limit: { rateLimit: null, burstLimit: null }, applies: false, reason };
}

function lowest(levels: ResolvedLevel[], half: keyof ThrottlePair): { level: LimitLevel; value: number } {
  let best: { level: LimitLevel; value: number } | null = null;
  // Levels are listed most specific first (the account last), so a strict "<" keeps the more specific level on a tie.
  for (const level of levels) {
    const value = level.limit[half];
    if (level.applies && value !== null && (best === null || value < best.value)) best = { level: level.level, value };
  }
  return best ?? { level: "account", value: Number.POSITIVE_INFINITY };
}
