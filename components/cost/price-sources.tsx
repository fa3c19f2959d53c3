import type { RegionPrices } from "@/lib/domain/price-table";

/** Where the prices come from, and whether the region's own prices are known. */
export function PriceSources({ prices, region, fallback, metricsNote }: { prices: RegionPrices; region: string; fallback: boolean; metricsNote?: string }) {
  return (
    <footer className="mt-6 flex flex-col gap-1 border-t border-border pt-3 text-xs text-muted-foreground">
      {fallback ? (
        <p role="note">
          Archway has no price table for <span className="font-mono">{region}</span> yet: these are <span className="font-mono">us-east-1</span> prices, and
          regional prices can be higher.
        </p>
      ) : null}
      <p>
        Prices: REST requests and cache from{" "}
        <a className="underline" href={prices.restRequests.source.url} rel="noreferrer" target="_blank">
          the API Gateway pricing page
        </a>
        , checked {prices.restRequests.source.checked}. Amounts marked “estimate” use prices not confirmed against AWS. Free tier, taxes and
        credits are not applied; requests AWS does not bill (failed authorization, throttled) are counted.
      </p>
      {metricsNote ? <p>{metricsNote}</p> : null}
    </footer>
  );
}
