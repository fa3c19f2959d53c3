import type { PriceChoice } from "@/lib/aws/pricing";

/** Where the prices come from, and whether the region's own prices are known. */
export function PriceSources({ choice, region, metricsNote }: { choice: PriceChoice; region: string; metricsNote?: string }) {
  const { prices, fallback, refreshedAt, updated } = choice;
  return (
    <footer className="mt-6 flex flex-col gap-1 border-t border-border pt-3 text-xs text-muted-foreground">
      {fallback ? (
        <p role="note">
          Archway has no price table for <span className="font-mono">{region}</span> yet: these are <span className="font-mono">us-east-1</span> prices, and
          regional prices can be higher.
        </p>
      ) : null}
      {refreshedAt ? (
        <p>
          Prices refreshed from the AWS Price List API at <time dateTime={refreshedAt}>{refreshedAt.replace("T", " ").slice(0, 16)} UTC</time> ({updated.join(", ")}); the
          rest from the built-in table.
        </p>
      ) : (
        <p>
          Prices: the built-in table from{" "}
          <a className="underline" href={prices.restRequests.source.url} rel="noreferrer" target="_blank">
            the API Gateway pricing page
          </a>
          , checked {prices.restRequests.source.checked}.
        </p>
      )}
      <p>
        Amounts marked “estimate” use prices not confirmed against AWS. Free tier, taxes and credits are not applied; requests AWS does not bill
        (failed authorization, throttled) are counted.
      </p>
      {metricsNote ? <p>{metricsNote}</p> : null}
    </footer>
  );
}
