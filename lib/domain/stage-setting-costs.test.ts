import { describe, expect, it } from "vitest";
import { pricesFor } from "./price-table";
import { stageSettingCosts } from "./stage-setting-costs";

const { prices } = pricesFor("us-east-1");

describe("cost beside each stage setting", () => {
  it("prices a 0.5 GB cache at $14.60 a month and detailed metrics for 4 cached methods at 4 x 7 = 28 x $0.30 = $8.40", () => {
    const costs = stageSettingCosts({ cacheSize: "0.5", detailedMetrics: true, tracing: false, accessLogging: true, executionLogging: "ERROR" }, 4, prices);
    expect(costs).toEqual([
      { setting: "Cache cluster", state: "0.5 GB", cost: "$14.60 / month ($0.02 an hour)" },
      { setting: "Detailed metrics", state: "on", cost: "$8.40 / month when on (4 methods × 7 custom metrics)" },
      { setting: "X-Ray tracing", state: "off", cost: "$5.00 per million traces (1 a second plus 5% of the rest)" },
      { setting: "Logging", state: "execution ERROR, access logs", cost: "$0.50 per GB ingested into CloudWatch Logs" },
    ]);
  });

  it("says what turning a cache on would start at when it is off", () => {
    const [cache] = stageSettingCosts({ cacheSize: null, detailedMetrics: false, tracing: false, accessLogging: false, executionLogging: null }, 1, prices);
    expect(cache).toEqual({ setting: "Cache cluster", state: "off", cost: "nothing; from $14.60 / month for 0.5 GB" });
  });
});
