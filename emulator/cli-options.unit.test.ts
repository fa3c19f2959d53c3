import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseCliOptions } from "./cli-options";

const parse = (argv: string[], env: Record<string, string> = {}) => parseCliOptions(argv, env as NodeJS.ProcessEnv);

describe("sandbox command line", () => {
  it("defaults to loopback port 4566, a persistent data folder, info logs and no realism", () => {
    const { config, logLevel, help } = parse([]);
    expect(config).toMatchObject({ host: "127.0.0.1", port: 4566, dataDir: ".archway/sandbox", cacheClusterDelayMs: 5000 });
    expect(config.realism).toEqual({ latencyMs: 0, jitterMs: 0, rateLimits: false, faults: {} });
    expect(logLevel).toBe("info");
    expect(help).toBe(false);
  });

  it("reads every flag", () => {
    const { config, logLevel, help } = parse([
      "--port", "5000", "--host", "::1", "--data-dir", "/tmp/x", "--latency", "300", "--jitter", "50",
      "--rate-limits", "--cache-cluster-delay", "10", "--log-level", "debug", "-h",
    ]);
    expect(config).toMatchObject({ host: "::1", port: 5000, dataDir: "/tmp/x", cacheClusterDelayMs: 10 });
    expect(config.realism).toEqual({ latencyMs: 300, jitterMs: 50, rateLimits: true, faults: {} });
    expect(logLevel).toBe("debug");
    expect(help).toBe(true);
  });

  it("reads the environment when no flag is given", () => {
    const { config, logLevel } = parse([], {
      ARCHWAY_SANDBOX_PORT: "4999",
      ARCHWAY_SANDBOX_HOST: "0.0.0.0",
      ARCHWAY_DATA_DIR: "/var/archway",
      ARCHWAY_SANDBOX_LATENCY_MS: "200",
      ARCHWAY_SANDBOX_JITTER_MS: "20",
      ARCHWAY_SANDBOX_RATE_LIMITS: "1",
      ARCHWAY_SANDBOX_FAULTS: "CreateRestApi=throttle:0.5,*=slow:0.1:2000",
      ARCHWAY_SANDBOX_CACHE_CLUSTER_DELAY_MS: "0",
      ARCHWAY_SANDBOX_LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({ host: "0.0.0.0", port: 4999, dataDir: join("/var/archway", "sandbox"), cacheClusterDelayMs: 0 });
    expect(config.realism).toEqual({
      latencyMs: 200,
      jitterMs: 20,
      rateLimits: true,
      faults: { CreateRestApi: { kind: "throttle", probability: 0.5 }, "*": { kind: "slow", probability: 0.1, delayMs: 2000 } },
    });
    expect(logLevel).toBe("warn");
  });

  it("lets flags win over the environment", () => {
    const { config } = parse(["--port", "1234", "--latency", "7", "--fault", "GetRestApis=unavailable:1"], {
      ARCHWAY_SANDBOX_PORT: "4999",
      ARCHWAY_SANDBOX_LATENCY_MS: "200",
      ARCHWAY_SANDBOX_FAULTS: "CreateRestApi=throttle:1",
    });
    expect(config.port).toBe(1234);
    expect(config.realism.latencyMs).toBe(7);
    expect(config.realism.faults).toEqual({ GetRestApis: { kind: "unavailable", probability: 1 } });
  });

  it("keeps state in memory with --in-memory or ARCHWAY_SANDBOX_IN_MEMORY=1, whatever the data folder", () => {
    expect(parse(["--in-memory", "--data-dir", "/tmp/x"]).config.dataDir).toBeUndefined();
    expect(parse([], { ARCHWAY_SANDBOX_IN_MEMORY: "1", ARCHWAY_DATA_DIR: "/var/archway" }).config.dataDir).toBeUndefined();
  });

  it("--expose listens on every interface even when --host is given", () => {
    expect(parse(["--expose", "--host", "127.0.0.1"]).config.host).toBe("0.0.0.0");
  });

  it("takes repeated --fault flags, a bare kind meaning probability 1", () => {
    const { config } = parse(["--fault", "CreateRestApi=throttle", "--fault", "DeleteRestApi=slow:1:250"]);
    expect(config.realism.faults).toEqual({
      CreateRestApi: { kind: "throttle", probability: 1 },
      DeleteRestApi: { kind: "slow", probability: 1, delayMs: 250 },
    });
  });

  it.each([
    [["--port", "abc"], '--port must be a whole number, got "abc"'],
    [["--port=-1"], '--port must be a whole number, got "-1"'],
    [["--port", "70000"], "--port must be from 0 to 65535, got 70000"],
    [["--latency", "1.5"], '--latency must be a whole number, got "1.5"'],
    [["--jitter", "lots"], '--jitter must be a whole number, got "lots"'],
    [["--fault", "CreateRestApi"], '--fault must look like Operation=kind:probability, got "CreateRestApi"'],
    [["--fault", "CreateRestApi=boom:1"], "--fault CreateRestApi=boom:1: kind must be throttle, unavailable or slow."],
    [["--fault", "CreateRestApi=throttle:1.5"], "--fault CreateRestApi=throttle:1.5: probability must be between 0 and 1."],
    [["--fault", "CreateRestApi=throttle:x"], "--fault CreateRestApi=throttle:x: probability must be between 0 and 1."],
    [["--fault", "*=slow:1:99999"], "--fault *=slow:1:99999: delayMs must be 0 to 60000."],
    [["--log-level", "loud"], "--log-level must be debug, info, warn, error or silent"],
  ])("rejects %j with a message naming the flag", (argv, message) => {
    expect(() => parse(argv)).toThrow(message);
  });

  it("rejects an unknown flag", () => {
    expect(() => parse(["--latncy", "5"])).toThrow(/--latncy/);
  });

  it("rejects a malformed ARCHWAY_SANDBOX_FAULTS entry", () => {
    expect(() => parse([], { ARCHWAY_SANDBOX_FAULTS: "CreateRestApi=throttle:1,oops" })).toThrow('--fault must look like Operation=kind:probability, got "oops"');
  });

  it("keeps AWS's quotas by default and raises them from --quota flags, or from ARCHWAY_SANDBOX_QUOTAS when no flag is given", () => {
    expect(parse([]).config.quotas).toMatchObject({ resourcesPerApi: 300, stagesPerApi: 10, usagePlansPerRegion: 300 });
    expect(parse(["--quota", "resourcesPerApi=1000", "--quota", "stagesPerApi=20"]).config.quotas).toMatchObject({ resourcesPerApi: 1000, stagesPerApi: 20, authorizersPerApi: 10 });
    expect(parse([], { ARCHWAY_SANDBOX_QUOTAS: "resourcesPerApi=2000, vpcLinksPerRegion=40" }).config.quotas).toMatchObject({ resourcesPerApi: 2000, vpcLinksPerRegion: 40 });
  });

  it("refuses a malformed or unknown quota, naming the valid ones", () => {
    expect(() => parse(["--quota", "resourcesPerApi"])).toThrow('--quota must look like name=value, got "resourcesPerApi"');
    expect(() => parse(["--quota", "resourcesPerApi=lots"])).toThrow("--quota: Quota resourcesPerApi must be a whole number from 1 to 1000000");
    expect(() => parse(["--quota", "methodsPerResource=5"])).toThrow(/Unknown quota "methodsPerResource"; the quotas are resourcesPerApi, stagesPerApi/);
  });
});
