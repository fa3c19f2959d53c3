// The advisor's contract: one snapshot of an API's configuration and metrics, read once with batched calls,
// and rules that are pure functions over it. A rule is one file in lib/domain/advisor/rules/ with its fixtures;
// a fix is a plan (lib/domain/plan.ts) the rule builds from the same snapshot, so the server re-derives it
// from a fresh read before applying it and never trusts a plan sent by the browser.
import type { ApiSnapshot } from "../api-snapshot";
import type { Plan } from "../plan";
import type { StageSummary } from "../stage";

export type AdvisorSeverity = "high" | "medium" | "low";

export type AdvisorCategory =
  | "throttling"
  | "security"
  | "error-handling"
  | "cors"
  | "caching"
  | "configuration"
  | "versioning"
  | "monitoring"
  | "cold-starts";

export interface AdvisorAccount {
  /** The account-level throttle (GetAccount throttleSettings); null when AWS gives none. */
  throttle: { rateLimit: number; burstLimit: number } | null;
  /** GetAccount cloudwatchRoleArn: null when the account has none (AWS then refuses to turn logging on); absent when not read. */
  cloudWatchRoleArn?: string | null;
}

export interface AdvisorUsagePlan {
  id: string;
  name: string;
  throttle: { rateLimit?: number; burstLimit?: number } | null;
  quota: { limit: number; period: string; offset?: number } | null;
  /** The stages of this API the plan covers, with per-method throttles keyed "/{path}/{VERB}". */
  apiStages: { stageName: string; throttle: Record<string, { rateLimit?: number; burstLimit?: number }> }[];
}

export interface AdvisorDomain {
  domainName: string;
  /** "TLS_1_0" | "TLS_1_2" | ... */
  securityPolicy: string | null;
  endpointType: string | null;
  /** Only the mappings to this API. basePath "(none)" is AWS's empty mapping. */
  mappings: { basePath: string; stageName: string }[];
}

export interface AdvisorAlarm {
  alarmName: string;
  metricName: string;
  namespace: string;
  dimensions: Record<string, string>;
}

/** Traffic over the snapshot's metric window, per stage and (when detailed metrics are on) per method. */
export interface AdvisorStageTraffic {
  stageName: string;
  requests: number;
  cacheHits: number;
  cacheMisses: number;
}

export interface AdvisorMethodTraffic {
  stageName: string;
  /** "/pets/{id}" */
  resourcePath: string;
  httpMethod: string;
  requests: number;
  cacheHits: number;
  cacheMisses: number;
  integrationLatencyP50Ms: number | null;
  integrationLatencyP99Ms: number | null;
}

export interface AdvisorMetrics {
  /** The window the figures cover, in days (e.g. 14). */
  periodDays: number;
  stages: AdvisorStageTraffic[];
  methods: AdvisorMethodTraffic[];
}

/** Everything the rules read about one API, read once per API. */
export interface AdvisorSnapshot {
  environment: { kind: "sandbox" | "aws"; region: string };
  /** The working copy (resources with methods, gateway responses customised, authorizers, models, validators). */
  api: ApiSnapshot;
  /** Every stage with its settings (StageSummary.settings). */
  stages: StageSummary[];
  /** Stages marked protected in Archway (production-like). */
  protectedStages: string[];
  account: AdvisorAccount;
  /** Usage plans that cover at least one stage of this API. */
  usagePlans: AdvisorUsagePlan[];
  /** Custom domains with at least one base path mapping to this API. */
  domains: AdvisorDomain[];
  /** CloudWatch alarms in the AWS/ApiGateway namespace whose ApiName dimension is this API's name. */
  alarms: AdvisorAlarm[];
  /** null when metrics could not be read (the metric rules then stay silent rather than guess). */
  metrics: AdvisorMetrics | null;
  /** The API's endpoint types from GetRestApi endpointConfiguration.types ("EDGE" | "REGIONAL" | "PRIVATE"); absent when not read (treated as public). */
  endpointTypes?: string[];
}

/** What a finding is about: the place the console links to and shows the finding beside. */
export type FindingSubject =
  | { kind: "api" }
  | { kind: "stage"; stageName: string }
  | { kind: "method"; resourceId: string; resourcePath: string; httpMethod: string; stageName?: string }
  | { kind: "gateway-response"; responseType: string }
  | { kind: "usage-plan"; usagePlanId: string; name: string }
  | { kind: "domain"; domainName: string };

/** An automated fix: the exact calls, shown in the plan view before they run. */
export interface AdvisorFix {
  /** "Set stage throttling to 1,000 requests/s, burst 2,000" */
  summary: string;
  plan: Plan;
}

export interface Finding {
  ruleId: string;
  /** Stable within an API across reads: ruleId plus the subject, e.g. "throttling.stage-unthrottled:stage:prod". Dismissals key on it. */
  key: string;
  severity: AdvisorSeverity;
  category: AdvisorCategory;
  title: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** What was found, one line per fact, with the values ("Stage prod: no rate or burst limit below the account's 10,000 requests/s"). */
  evidence: string[];
  subject: FindingSubject;
  /** null when the fix needs a person (e.g. create a certificate); `remedy` then says what to do. */
  fix: AdvisorFix | null;
  /** What to do, in words, always present (also when a fix is automated). */
  remedy: string;
  /** A monthly saving in USD when the fix saves money (caching rules). */
  monthlySavingUsd?: number;
}

export interface AdvisorRule {
  id: string;
  category: AdvisorCategory;
  severity: AdvisorSeverity;
  title: string;
  why: string;
  evaluate(snapshot: AdvisorSnapshot): Finding[];
}
