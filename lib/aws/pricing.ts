import "server-only";
import { GetProductsCommand, PricingClient } from "@aws-sdk/client-pricing";
import { pricesFromPriceList, type PriceListProduct } from "@/lib/domain/price-list";
import { pricesFor, type RegionPrices } from "@/lib/domain/price-table";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { clientConfig } from "./clients";

/** The Price List API answers in a few regions only; us-east-1 serves every region's prices. */
const pricingRegion = "us-east-1";

export type PriceChoice = { prices: RegionPrices; fallback: boolean; refreshedAt: string | null; updated: string[] };

// Refreshed prices live for the life of the console process; the built-in table is the default after a restart.
const refreshed = new Map<string, PriceChoice>();

/** The prices the cost pages use for an environment: refreshed from AWS when someone asked, else the built-in table. */
export function currentPrices(env: EnvironmentSummary): PriceChoice {
  return refreshed.get(env.region) ?? { ...pricesFor(env.region), refreshedAt: null, updated: [] };
}

/** Reads the region's API Gateway prices from the AWS Price List API with the environment's credentials. */
export async function refreshPrices(env: EnvironmentSummary, now: Date): Promise<PriceChoice> {
  if (env.kind === "sandbox") throw new ConsoleError("validation", "The sandbox has no Price List API: its cost pages use the built-in us-east-1 prices.");
  const client = new PricingClient({ ...clientConfig(env), region: pricingRegion, endpoint: undefined });
  const products: PriceListProduct[] = [];
  let nextToken: string | undefined;
  do {
    const command = new GetProductsCommand({ ServiceCode: "AmazonApiGateway", Filters: [{ Type: "TERM_MATCH", Field: "regionCode", Value: env.region }], MaxResults: 100, NextToken: nextToken });
    const page = await callAws(env, () => client.send(command));
    for (const item of page.PriceList ?? []) products.push(JSON.parse(String(item)) as PriceListProduct);
    nextToken = page.NextToken && page.NextToken !== nextToken ? page.NextToken : undefined;
  } while (nextToken);
  const { prices, updated } = pricesFromPriceList(products, pricesFor(env.region).prices, env.region, now.toISOString());
  if (updated.length === 0) throw new ConsoleError("not_found", `The AWS Price List API has no API Gateway prices for ${env.region}; the built-in prices stay.`);
  const choice: PriceChoice = { prices, fallback: false, refreshedAt: now.toISOString(), updated };
  refreshed.set(env.region, choice);
  return choice;
}
