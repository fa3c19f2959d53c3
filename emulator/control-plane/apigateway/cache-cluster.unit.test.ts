import { describe, expect, it } from "vitest";
import { cacheClusterStatus, withCacheClusterEnabled, withCacheClusterSize } from "./cache-cluster";
import { freshStage as stage } from "./stored-stage-fixture";

describe("cache cluster status", () => {
  it("is NOT_AVAILABLE for a stage that never had a cluster", () => {
    expect(cacheClusterStatus(stage, 1_000, 300)).toBe("NOT_AVAILABLE");
  });

  it("is CREATE_IN_PROGRESS for the delay after enabling, then AVAILABLE, with the default 0.5 GB size", () => {
    const enabled = withCacheClusterEnabled(stage, true, 1_000);
    expect(enabled.cacheClusterSize).toBe("0.5");
    expect(cacheClusterStatus(enabled, 1_299, 300)).toBe("CREATE_IN_PROGRESS");
    expect(cacheClusterStatus(enabled, 1_300, 300)).toBe("AVAILABLE");
  });

  it("is DELETE_IN_PROGRESS for the delay after disabling, then NOT_AVAILABLE", () => {
    const disabled = withCacheClusterEnabled(withCacheClusterEnabled(stage, true, 0), false, 5_000);
    expect(cacheClusterStatus(disabled, 5_100, 300)).toBe("DELETE_IN_PROGRESS");
    expect(cacheClusterStatus(disabled, 5_300, 300)).toBe("NOT_AVAILABLE");
  });

  it("does not restart the clock when asked for the state it is already in", () => {
    const enabled = withCacheClusterEnabled(stage, true, 0);
    expect(withCacheClusterEnabled(enabled, true, 10_000)).toBe(enabled);
  });

  it("recreates a running cluster on resize, and only records the size of a stopped one", () => {
    const running = withCacheClusterEnabled(stage, true, 0);
    const resized = withCacheClusterSize(running, "6.1", 10_000);
    expect(cacheClusterStatus(resized, 10_100, 300)).toBe("CREATE_IN_PROGRESS");
    expect(resized.cacheFlushedAt).toBe(10_000);
    const stopped = withCacheClusterSize(stage, "6.1", 10_000);
    expect(stopped.cacheClusterSize).toBe("6.1");
    expect(cacheClusterStatus(stopped, 10_100, 300)).toBe("NOT_AVAILABLE");
  });
});
