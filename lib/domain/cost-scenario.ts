import { cacheLine, dataTransferLines, detailedMetricsLines, httpRequestLines, logIngestionLine, shareAccountRequestCost, totalOf, xrayLine, type CostLine } from "./cost-model";
import { hoursPerMonth, type CacheSize, type RegionPrices } from "./price-table";

/** What drives one API's monthly bill; the what-if edits these. */
export type CostScenario = {
  monthlyRequests: number;
  /** Requests of the account's other APIs in the month: they share the tiers. */
  otherAccountRequests: number;
  /** One entry per stage with a cache cluster. */
  cacheSizes: CacheSize[];
  /** Share of requests answered from the cache (0-1): API Gateway still bills them; the backend is spared. */
  cacheHitRatio: number;
  averageResponseKb: number;
  /** Method x stage pairs with detailed metrics on. */
  detailedMetricPairs: number;
  tracing: boolean;
  logGb: number;
};

export type ScenarioEstimate = { lines: CostLine[]; total: number; backendRequests: number };

const secondsPerMonth = hoursPerMonth * 3600;

/** The monthly estimate of one scenario, line by line. */
export function estimateScenario(scenario: CostScenario, prices: RegionPrices): ScenarioEstimate {
  const requests = shareAccountRequestCost({ api: scenario.monthlyRequests, others: scenario.otherAccountRequests }, prices);
  const requestLine: CostLine = {
    label: scenario.otherAccountRequests > 0 ? "Requests (this API's share of the account's tiers)" : "Requests",
    quantity: scenario.monthlyRequests,
    unit: "requests",
    rate: 0,
    rateUnit: "",
    amount: requests.shares.api,
    arithmetic: requests.lines.map((line) => line.arithmetic).join(" + ") + (scenario.otherAccountRequests > 0 ? `, shared by requests` : ""),
    estimate: requests.lines.some((line) => line.estimate),
  };
  const lines: CostLine[] = [
    requestLine,
    ...scenario.cacheSizes.map((size) => cacheLine(size, hoursPerMonth, prices)),
    ...dataTransferLines(scenario.monthlyRequests, scenario.averageResponseKb, prices),
    ...(scenario.detailedMetricPairs > 0 ? detailedMetricsLines(scenario.detailedMetricPairs, prices, scenario.cacheSizes.length > 0) : []),
    ...(scenario.tracing ? [xrayLine(scenario.monthlyRequests, secondsPerMonth, prices)] : []),
    ...(scenario.logGb > 0 ? [logIngestionLine(scenario.logGb, prices)] : []),
  ];
  const cached = scenario.cacheSizes.length > 0 ? scenario.cacheHitRatio : 0;
  return { lines, total: totalOf(lines), backendRequests: Math.round(scenario.monthlyRequests * (1 - cached)) };
}

/** REST API features an API uses; each one HTTP APIs lack is a reason the cheaper type may not fit. */
export type RestFeatures = {
  apiKeys: boolean;
  usagePlans: boolean;
  caching: boolean;
  requestValidation: boolean;
  mappingTemplates: boolean;
  waf: boolean;
  privateEndpoint: boolean;
  edgeOptimized: boolean;
  resourcePolicy: boolean;
  awsServiceIntegrations: boolean;
  mockIntegrations: boolean;
};

const missingInHttpApis: Record<keyof RestFeatures, string> = {
  apiKeys: "API keys",
  usagePlans: "usage plans (per-client quotas and throttling)",
  caching: "response caching",
  requestValidation: "request validation",
  mappingTemplates: "VTL mapping templates",
  waf: "AWS WAF web ACLs",
  privateEndpoint: "private endpoints",
  edgeOptimized: "edge-optimized endpoints",
  resourcePolicy: "resource policies",
  awsServiceIntegrations: "AWS service integrations beyond the few HTTP APIs offer",
  mockIntegrations: "MOCK integrations",
};

/** What HTTP APIs would cost for the same requests, and which of this API's features they lack. */
export function compareWithHttpApi(monthlyRequests: number, features: RestFeatures, prices: RegionPrices): { lines: CostLine[]; total: number; missing: string[] } {
  const lines = httpRequestLines(monthlyRequests, prices);
  const missing = (Object.keys(missingInHttpApis) as (keyof RestFeatures)[]).filter((feature) => features[feature]).map((feature) => missingInHttpApis[feature]);
  return { lines, total: totalOf(lines), missing };
}
