import { cacheSizes, type CacheSize, type PriceTier, type RegionPrices } from "./price-table";

/** The parts of an AWS Price List product entry (GetProducts, service AmazonApiGateway) the cost model reads. */
export type PriceListProduct = {
  product?: { productFamily?: string; attributes?: Record<string, string | undefined> };
  terms?: { OnDemand?: Record<string, { priceDimensions?: Record<string, { beginRange?: string; endRange?: string; unit?: string; pricePerUnit?: { USD?: string } }> }> };
};

const million = 1_000_000;

/**
 * Overlays the region's prices from Price List entries on a base table: REST and HTTP API request tiers
 * (usage types ending ApiGatewayRequest / ApiGatewayHttpRequest) and cache sizes (cacheMemorySizeGb).
 * Anything the entries do not carry keeps the base price and its source.
 */
export function pricesFromPriceList(products: PriceListProduct[], base: RegionPrices, region: string, fetchedAt: string): { prices: RegionPrices; updated: string[] } {
  const source = { url: "AWS Price List API (GetProducts, AmazonApiGateway)", checked: fetchedAt, confirmed: true };
  const next: RegionPrices = { ...base, region, cacheHourly: { ...base.cacheHourly } };
  const updated: string[] = [];
  const rest = requestTiers(products, /-ApiGatewayRequest$/);
  if (rest) {
    next.restRequests = { tiers: rest, source };
    updated.push("REST API requests");
  }
  const http = requestTiers(products, /-ApiGatewayHttpRequest$/);
  if (http) {
    next.httpRequests = { tiers: http, source };
    updated.push("HTTP API requests");
  }
  for (const product of products) {
    const size = normaliseCacheSize(product.product?.attributes?.cacheMemorySizeGb);
    const price = dimensions(product)[0]?.pricePerUnit?.USD;
    if (!size || price === undefined || !Number.isFinite(Number(price))) continue;
    next.cacheHourly[size] = { perHour: Number(price), source };
    updated.push(`cache ${size} GB`);
  }
  return { prices: next, updated };
}

function dimensions(product: PriceListProduct) {
  return Object.values(product.terms?.OnDemand ?? {}).flatMap((term) => Object.values(term.priceDimensions ?? {}));
}

function requestTiers(products: PriceListProduct[], usageType: RegExp): PriceTier[] | null {
  const product = products.find((candidate) => usageType.test(candidate.product?.attributes?.usagetype ?? ""));
  if (!product) return null;
  const tiers = dimensions(product)
    .map((dimension) => ({ begin: Number(dimension.beginRange ?? 0), end: dimension.endRange, perRequest: Number(dimension.pricePerUnit?.USD) }))
    .filter((dimension) => Number.isFinite(dimension.begin) && Number.isFinite(dimension.perRequest))
    .sort((a, b) => a.begin - b.begin)
    .map((dimension) => ({ upTo: dimension.end === undefined || dimension.end === "Inf" ? null : Number(dimension.end), pricePerUnit: Number((dimension.perRequest * million).toPrecision(12)) }));
  return tiers.length > 0 ? tiers : null;
}

function normaliseCacheSize(value: string | undefined): CacheSize | null {
  if (!value) return null;
  const number = Number(value);
  return cacheSizes.find((size) => Number(size) === number) ?? null;
}
