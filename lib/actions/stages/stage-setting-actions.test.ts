import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { StageSummary } from "@/lib/domain/stage";
import type { MethodSettingValues } from "@/lib/domain/stage-settings";

const mocks = vi.hoisted(() => ({
  session: null as SessionUser | null,
  getStage: vi.fn(),
  updateStage: vi.fn(),
  flushStageCache: vi.fn(),
  getAccountSettings: vi.fn(),
  recordAuditEvent: vi.fn(),
}));

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => mocks.session }));
vi.mock("@/lib/aws/stages", () => ({ getStage: mocks.getStage, updateStage: mocks.updateStage, flushStageCache: mocks.flushStageCache }));
vi.mock("@/lib/aws/account", () => ({ getAccountSettings: mocks.getAccountSettings }));
vi.mock("@/lib/audit/audit-log", () => ({ recordAuditEvent: mocks.recordAuditEvent }));
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

const { updateStageThrottlingAction } = await import("./update-stage-throttling");
const { updateStageCachingAction } = await import("./update-stage-caching");
const { removeStageMethodOverrideAction } = await import("./remove-stage-method-override");
const { flushStageCacheAction } = await import("./flush-stage-cache");

const user = (role: SessionUser["role"]): SessionUser => ({ id: `id-${role}`, email: `${role}@example.com`, name: role, role });
const at = { envId: "sandbox", restApiId: "a1b2c3d4e5", stageName: "prod" };
const getPets = { resourcePath: "/pets", httpMethod: "GET" as const };

function stageWith(methodSettings: Record<string, MethodSettingValues>, cacheCluster = { enabled: false, size: null as string | null, status: "NOT_AVAILABLE" }): StageSummary {
  return {
    stageName: "prod", deploymentId: "d1", description: null, createdDate: null, lastUpdatedDate: null, variables: {}, canary: null, documentationVersion: null,
    billing: { cacheSize: null, detailedMetrics: false, tracing: false, accessLogging: false, executionLogging: null },
    settings: { methodSettings, cacheCluster, tracingEnabled: false, clientCertificateId: null, webAclArn: null, accessLog: null, tags: {} },
  };
}

const throttleInput = { ...at, target: "*/*", loaded: { throttlingRateLimit: 100, throttlingBurstLimit: 50 }, edited: { throttlingRateLimit: 20, throttlingBurstLimit: 10 } };
const cachingSettings = { cachingEnabled: true, cacheTtlInSeconds: 300, cacheDataEncrypted: false, requireAuthorizationForCacheControl: true, unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER" };

beforeEach(() => {
  for (const mock of [mocks.getStage, mocks.updateStage, mocks.flushStageCache, mocks.getAccountSettings, mocks.recordAuditEvent]) mock.mockReset();
  mocks.getAccountSettings.mockResolvedValue({ throttle: { rateLimit: 10_000, burstLimit: 5_000 }, cloudwatchRoleArn: null });
  mocks.updateStage.mockImplementation(async () => ({ value: stageWith({}), requestId: "req-1" }));
  mocks.flushStageCache.mockResolvedValue({ value: null, requestId: "req-flush" });
});

describe("stage throttling and caching actions: who may call them", () => {
  const calls = {
    "stage.update-throttling": () => updateStageThrottlingAction(throttleInput),
    "stage.update-caching": () => updateStageCachingAction({ ...at, target: "*/*", loaded: { settings: {} }, edited: { settings: cachingSettings } }),
    "stage.remove-method-override": () => removeStageMethodOverrideAction({ ...at, target: getPets, loaded: {} }),
    "stage.flush-cache": () => flushStageCacheAction(at),
  };

  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: refuses viewers and editors before reading the stage, and lets deployers and admins through`, async () => {
      mocks.getStage.mockResolvedValue(stageWith({ "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 50 }, "~1pets/GET": {} }));
      for (const role of ["viewer", "editor"] as const) {
        mocks.session = user(role);
        expect(await call()).toMatchObject({ ok: false, error: { code: "forbidden", message: `This needs the deployer role; you are a ${role}.` } });
      }
      expect(mocks.getStage).not.toHaveBeenCalled();
      expect(mocks.flushStageCache).not.toHaveBeenCalled();
      for (const role of ["deployer", "admin"] as const) {
        mocks.session = user(role);
        expect(await call()).toMatchObject({ ok: true });
      }
    });
  }
});

describe("updateStageThrottlingAction", () => {
  beforeEach(() => {
    mocks.session = user("deployer");
  });

  it("sends one replace per changed limit and audits them with the request id", async () => {
    mocks.getStage.mockResolvedValue(stageWith({ "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 50 } }));
    const result = await updateStageThrottlingAction(throttleInput);
    const patches = [{ op: "replace", path: "/*/*/throttling/rateLimit", value: "20" }, { op: "replace", path: "/*/*/throttling/burstLimit", value: "10" }];
    expect(result).toMatchObject({ ok: true, data: { patches } });
    expect(mocks.updateStage).toHaveBeenCalledWith(expect.anything(), "a1b2c3d4e5", "prod", patches);
    expect(mocks.recordAuditEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: "stage.update-throttling", target: "a1b2c3d4e5/prod */*", awsRequestId: "req-1", outcome: "success" }));
  });

  it("refuses a burst above the account's beside the field and sends nothing", async () => {
    mocks.getStage.mockResolvedValue(stageWith({}));
    mocks.getAccountSettings.mockResolvedValue({ throttle: { rateLimit: 2_500, burstLimit: 1_250 }, cloudwatchRoleArn: null });
    const result = await updateStageThrottlingAction({ ...throttleInput, edited: { throttlingRateLimit: 100, throttlingBurstLimit: 2_000 } });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { "edited.throttlingBurstLimit": ["The account's burst is 1,250 requests in this Region; a stage cannot exceed it."] } } });
    expect(mocks.updateStage).not.toHaveBeenCalled();
  });

  it("refuses a negative rate before reading AWS", async () => {
    const result = await updateStageThrottlingAction({ ...throttleInput, edited: { throttlingRateLimit: -5, throttlingBurstLimit: 1 } });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { "edited.throttlingRateLimit": ["Enter a rate of 0 or more requests per second."] } } });
    expect(mocks.getStage).not.toHaveBeenCalled();
  });

  it("refuses when the stage changed since the page loaded it, listing the field, and sends nothing", async () => {
    mocks.getStage.mockResolvedValue(stageWith({ "*/*": { throttlingRateLimit: 75, throttlingBurstLimit: 50 } }));
    const result = await updateStageThrottlingAction(throttleInput);
    expect(result).toMatchObject({ ok: false, error: { code: "conflict", fieldErrors: { "edited.throttlingRateLimit": ["Changed since you loaded it: was 100, is now 75."] } } });
    expect(result.ok ? "" : result.error.message).toContain("Rate was 100, is now 75");
    expect(mocks.updateStage).not.toHaveBeenCalled();
  });

  it("creates a method override with both limits on a method that had none", async () => {
    mocks.getStage.mockResolvedValue(stageWith({ "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 50 } }));
    await updateStageThrottlingAction({ ...throttleInput, target: { resourcePath: "/pets/{petId}", httpMethod: "GET" }, loaded: {} });
    expect(mocks.updateStage.mock.calls[0]![3]).toEqual([
      { op: "replace", path: "/~1pets~1{petId}/GET/throttling/rateLimit", value: "20" },
      { op: "replace", path: "/~1pets~1{petId}/GET/throttling/burstLimit", value: "10" },
    ]);
  });
});

describe("updateStageCachingAction", () => {
  beforeEach(() => {
    mocks.session = user("deployer");
  });

  it("creates the cluster at the chosen size and enables caching in one UpdateStage call", async () => {
    mocks.getStage.mockResolvedValue(stageWith({}));
    const cluster = { enabled: false, size: null };
    await updateStageCachingAction({ ...at, target: "*/*", loaded: { settings: {}, cluster }, edited: { settings: cachingSettings, cluster: { enabled: true, size: "0.5" } } });
    expect(mocks.updateStage.mock.calls[0]![3].map((patch: { path: string; value: string }) => `${patch.path}=${patch.value}`)).toEqual([
      "/cacheClusterSize=0.5",
      "/cacheClusterEnabled=true",
      "/*/*/caching/enabled=true",
      "/*/*/caching/ttlInSeconds=300",
      "/*/*/caching/dataEncrypted=false",
      "/*/*/caching/requireAuthorizationForCacheControl=true",
      "/*/*/caching/unauthorizedCacheControlHeaderStrategy=SUCCEED_WITH_RESPONSE_HEADER",
    ]);
  });

  it("refuses a TTL above 3,600 seconds and a cluster on one method", async () => {
    const tooLong = await updateStageCachingAction({ ...at, target: "*/*", loaded: { settings: {} }, edited: { settings: { ...cachingSettings, cacheTtlInSeconds: 3601 } } });
    expect(tooLong).toMatchObject({ ok: false, error: { fieldErrors: { "edited.settings.cacheTtlInSeconds": ["Use 0 to 3,600 seconds."] } } });
    const onMethod = await updateStageCachingAction({ ...at, target: getPets, loaded: { settings: {} }, edited: { settings: cachingSettings, cluster: { enabled: true, size: "0.5" } } });
    expect(onMethod).toMatchObject({ ok: false, error: { fieldErrors: { "edited.cluster": ["The cache cluster belongs to the stage, not to one method."] } } });
    expect(mocks.updateStage).not.toHaveBeenCalled();
  });

  it("refuses when someone resized the cluster since the page loaded", async () => {
    mocks.getStage.mockResolvedValue(stageWith({}, { enabled: true, size: "6.1", status: "AVAILABLE" }));
    const result = await updateStageCachingAction({ ...at, target: "*/*", loaded: { settings: {}, cluster: { enabled: true, size: "0.5" } }, edited: { settings: cachingSettings, cluster: { enabled: true, size: "1.6" } } });
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(result.ok ? "" : result.error.message).toContain("Cache size was 0.5 GB, is now 6.1 GB");
  });
});

describe("removeStageMethodOverrideAction and flushStageCacheAction", () => {
  beforeEach(() => {
    mocks.session = user("deployer");
  });

  it("removes a method's entry by its escaped key", async () => {
    mocks.getStage.mockResolvedValue(stageWith({ "~1pets/GET": { throttlingRateLimit: 5 } }));
    await removeStageMethodOverrideAction({ ...at, target: getPets, loaded: { throttlingRateLimit: 5 } });
    expect(mocks.updateStage.mock.calls[0]![3]).toEqual([{ op: "remove", path: "/~1pets/GET" }]);
  });

  it("says so when the override is already gone", async () => {
    mocks.getStage.mockResolvedValue(stageWith({}));
    expect(await removeStageMethodOverrideAction({ ...at, target: getPets, loaded: {} })).toMatchObject({ ok: false, error: { code: "conflict", message: "GET /pets has no setting of its own on prod any more. Nothing was sent." } });
  });

  it("flushes the stage cache and records the request id", async () => {
    expect(await flushStageCacheAction(at)).toEqual({ ok: true, data: { stageName: "prod" } });
    expect(mocks.recordAuditEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: "stage.flush-cache", awsRequestId: "req-flush" }));
  });
});
