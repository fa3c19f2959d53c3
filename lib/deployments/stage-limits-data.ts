import "server-only";
import { readEffectiveLimitInputs } from "@/lib/aws/effective-limits-inputs";
import { currentPrices } from "@/lib/aws/pricing";
import { listResources } from "@/lib/aws/resources";
import type { EffectiveLimitInputs } from "@/lib/domain/effective-limits";
import { cachePrices, type CachePrice } from "@/lib/domain/method-caching";
import { stageMethodsOf, type StageMethod } from "@/lib/domain/stage-method-overrides";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/** What the Throttling and Caching tabs show beyond the stage itself. */
export type StageLimitsData = {
  inputs: EffectiveLimitInputs;
  methods: StageMethod[];
  cachePrices: CachePrice[];
  /** The Region the prices are for, and whether they are us-east-1's standing in for it. */
  priceRegion: string;
  priceFallback: boolean;
};

/** Account, stage, API keys and the API's methods, read in parallel. */
export async function readStageLimitsData(env: EnvironmentSummary, restApiId: string, stageName: string): Promise<StageLimitsData> {
  const [inputs, resources] = await Promise.all([readEffectiveLimitInputs(env, restApiId, stageName, null), listResources(env, restApiId)]);
  const prices = currentPrices(env);
  return { inputs, methods: stageMethodsOf(resources), cachePrices: cachePrices(prices.prices), priceRegion: prices.prices.region, priceFallback: prices.fallback };
}
