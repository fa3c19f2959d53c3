import { describe, expect, it } from "vitest";
import { cacheClusterChanging, cacheClusterStatusLabel } from "./cache-cluster-status";

describe("cache cluster status", () => {
  it("keeps polling while the cluster is created, deleted or flushed, and stops once it settles", () => {
    expect(["CREATE_IN_PROGRESS", "DELETE_IN_PROGRESS", "FLUSH_IN_PROGRESS"].every(cacheClusterChanging)).toBe(true);
    expect([cacheClusterChanging("AVAILABLE"), cacheClusterChanging("NOT_AVAILABLE"), cacheClusterChanging(null)]).toEqual([false, false, false]);
  });

  it("names each status with a status colour only for status", () => {
    expect(cacheClusterStatusLabel({ enabled: true, status: "AVAILABLE" })).toEqual({ label: "Available", tone: "success" });
    expect(cacheClusterStatusLabel({ enabled: true, status: "CREATE_IN_PROGRESS" })).toEqual({ label: "Creating", tone: "warning" });
    expect(cacheClusterStatusLabel({ enabled: false, status: "DELETE_IN_PROGRESS" })).toEqual({ label: "Deleting", tone: "warning" });
  });

  it("shows a stage without a cluster as off, and a cluster AWS cannot provide as a failure", () => {
    expect(cacheClusterStatusLabel({ enabled: false, status: "NOT_AVAILABLE" })).toEqual({ label: "Off", tone: "neutral" });
    expect(cacheClusterStatusLabel({ enabled: true, status: "NOT_AVAILABLE" })).toEqual({ label: "Not available", tone: "danger" });
  });
});
