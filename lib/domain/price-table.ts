/**
 * AWS prices the cost model uses, each with its source and the date it was checked.
 * Amounts are US dollars. Values the reference marks UNCONFIRMED carry `confirmed: false` and are shown as estimates.
 */

export type PriceSource = { url: string; checked: string; confirmed: boolean; note?: string };

/** A graduated tier: `upTo` is the cumulative upper bound of the tier (null = no bound). */
export type PriceTier = { upTo: number | null; pricePerUnit: number };

export type CacheSize = "0.5" | "1.6" | "6.1" | "13.5" | "28.4" | "58.2" | "118" | "237";
export const cacheSizes: CacheSize[] = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];

export type RegionPrices = {
  region: string;
  /** REST API requests: price per million, tiers per account per region per month. */
  restRequests: { tiers: PriceTier[]; source: PriceSource };
  /** HTTP API requests, for the "HTTP API instead" comparison. */
  httpRequests: { tiers: PriceTier[]; source: PriceSource };
  cacheHourly: Record<CacheSize, { perHour: number; source: PriceSource }>;
  /** Data transfer out to the internet, price per GB. */
  dataTransferOut: { tiers: PriceTier[]; source: PriceSource };
  cloudWatch: {
    /** Custom metrics (detailed API Gateway metrics are billed as these), per metric-month. */
    customMetricTiers: PriceTier[];
    getMetricDataPerThousandMetrics: number;
    logIngestionPerGb: number;
    source: PriceSource;
  };
  xray: { perMillionTraces: number; source: PriceSource };
};

const million = 1_000_000;
// Checked against the reference facts kept with the project (shared/reference/aws-api-gateway-facts.md).
const checked = "November 2026";
const apiGatewayPricing = "https://aws.amazon.com/api-gateway/pricing/";

const usEast1: RegionPrices = {
  region: "us-east-1",
  restRequests: {
    tiers: [
      { upTo: 333 * million, pricePerUnit: 3.5 },
      { upTo: 1_000 * million, pricePerUnit: 2.8 },
      { upTo: 20_000 * million, pricePerUnit: 2.38 },
      { upTo: null, pricePerUnit: 1.51 },
    ],
    source: { url: apiGatewayPricing, checked, confirmed: true },
  },
  httpRequests: {
    tiers: [
      { upTo: 300 * million, pricePerUnit: 1.0 },
      { upTo: null, pricePerUnit: 0.9 },
    ],
    source: { url: apiGatewayPricing, checked, confirmed: true },
  },
  cacheHourly: {
    "0.5": { perHour: 0.02, source: { url: apiGatewayPricing, checked, confirmed: true } },
    "1.6": { perHour: 0.038, source: { url: apiGatewayPricing, checked, confirmed: false } },
    "6.1": { perHour: 0.2, source: { url: apiGatewayPricing, checked, confirmed: false } },
    "13.5": { perHour: 0.25, source: { url: apiGatewayPricing, checked, confirmed: false } },
    "28.4": { perHour: 0.5, source: { url: apiGatewayPricing, checked, confirmed: false } },
    "58.2": { perHour: 1.0, source: { url: apiGatewayPricing, checked, confirmed: false } },
    "118": { perHour: 1.9, source: { url: apiGatewayPricing, checked, confirmed: false } },
    "237": { perHour: 3.8, source: { url: apiGatewayPricing, checked, confirmed: false } },
  },
  dataTransferOut: {
    tiers: [
      { upTo: 10_240, pricePerUnit: 0.09 },
      { upTo: 51_200, pricePerUnit: 0.085 },
      { upTo: 153_600, pricePerUnit: 0.07 },
      { upTo: null, pricePerUnit: 0.05 },
    ],
    source: { url: "https://aws.amazon.com/ec2/pricing/on-demand/", checked, confirmed: false, note: "first tier ($0.09/GB) confirmed; the account-wide 100 GB free allowance is not subtracted" },
  },
  cloudWatch: {
    customMetricTiers: [
      { upTo: 10_000, pricePerUnit: 0.3 },
      { upTo: 250_000, pricePerUnit: 0.1 },
      { upTo: 1_000_000, pricePerUnit: 0.05 },
      { upTo: null, pricePerUnit: 0.02 },
    ],
    getMetricDataPerThousandMetrics: 0.01,
    logIngestionPerGb: 0.5,
    source: { url: "https://aws.amazon.com/cloudwatch/pricing/", checked, confirmed: false },
  },
  xray: { perMillionTraces: 5, source: { url: "https://aws.amazon.com/xray/pricing/", checked, confirmed: false } },
};

const regions: Record<string, RegionPrices> = { "us-east-1": usEast1 };

/** The prices for a region; regions the table does not carry use us-east-1's, and say so. */
export function pricesFor(region: string): { prices: RegionPrices; fallback: boolean } {
  const prices = regions[region];
  return prices ? { prices, fallback: false } : { prices: usEast1, fallback: true };
}

/** Hours in a month for monthly figures, as AWS's pricing examples use (730 = 8,760 / 12). */
export const hoursPerMonth = 730;
