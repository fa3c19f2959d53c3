import { describe, expect, it } from "vitest";
import { Store, type ScopeState } from "../store/store";
import { defaultConfig } from "../config";
import { tables } from "../control-plane/apigateway/tables";
import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import type { RestApi } from "../control-plane/apigateway/types";
import type { StoredDeployment, StoredStage } from "../control-plane/apigateway/stage-types";
import { freshStage } from "../control-plane/apigateway/stored-stage-fixture";
import { StageDeployments } from "./deployment-cache";
import { StageTargets } from "./stage-targets";

const config = { ...defaultConfig(), cacheClusterDelayMs: 1_000 };
const restApi = { id: "api1", name: "pets" } as RestApi;

const deployment = (id: string): StoredDeployment => ({ id, createdDate: 0, snapshot: { restApi, resources: [{ id: "root", path: "/" }] } as unknown as ApiSnapshot });

/** A scope holding api1 with deployments d1 and d2, and the given stages. */
async function scopeWith(...stages: StoredStage[]): Promise<{ store: Store; scope: ScopeState }> {
  const store = await Store.open();
  const scope = store.scope("000000000000", "us-east-1");
  store.transaction(() => {
    scope.table(tables.restApis).put("", "api1", restApi);
    for (const id of ["d1", "d2"]) scope.table(tables.deployments).put("api1", id, deployment(id));
    for (const stage of stages) scope.table(tables.stages).put("api1", stage.stageName, stage);
  });
  return { store, scope };
}

const stage = (stageName: string, extra: Partial<StoredStage> = {}): StoredStage => ({ ...freshStage, stageName, deploymentId: "d1", ...extra });

function putStage(store: Store, scope: ScopeState, updated: StoredStage): void {
  store.transaction(() => scope.table(tables.stages).put("api1", updated.stageName, updated));
}

describe("StageTargets", () => {
  it("builds a stage's target once and serves it while nothing stored changes", async () => {
    const { scope } = await scopeWith(stage("prod", { variables: { color: "blue" } }));
    const targets = new StageTargets(new StageDeployments());
    const first = targets.served(scope, "api1", "prod", 0, config);
    expect(first?.primary.target).toMatchObject({ restApi, stageName: "prod", deploymentId: "d1", stageVariables: { color: "blue" }, canary: false });
    expect(targets.served(scope, "api1", "prod", 10, config)).toBe(first);
  });

  it("rebuilds after UpdateStage stores a new stage, with the new settings and the compiled access log format", async () => {
    const { store, scope } = await scopeWith(stage("prod"));
    const targets = new StageTargets(new StageDeployments());
    const before = targets.served(scope, "api1", "prod", 0, config)!;
    expect(before.primary.target.accessLog).toBeUndefined();
    putStage(store, scope, stage("prod", { variables: { color: "red" }, accessLogSettings: { format: "$context.stage $context.status", destinationArn: "arn:x" } }));
    const after = targets.served(scope, "api1", "prod", 0, config)!;
    expect(after).not.toBe(before);
    expect(after.primary.target.stageVariables).toEqual({ color: "red" });
    expect(after.primary.target.accessLog?.({ stage: "prod", status: 200 })).toBe("prod 200");
    // The deployment did not change: what it compiled is kept.
    expect(after.primary.deployment).toBe(before.primary.deployment);
  });

  it("serves the new deployment after a deployment to the stage, with a new deployment cache", async () => {
    const { store, scope } = await scopeWith(stage("prod"));
    const targets = new StageTargets(new StageDeployments());
    const before = targets.served(scope, "api1", "prod", 0, config)!;
    putStage(store, scope, stage("prod", { deploymentId: "d2" }));
    const after = targets.served(scope, "api1", "prod", 0, config)!;
    expect(after.primary.target.deploymentId).toBe("d2");
    expect(after.primary.target.snapshot).not.toBe(before.primary.target.snapshot);
    expect(after.primary.deployment).not.toBe(before.primary.deployment);
  });

  it("never shares a target or a deployment cache across stages serving the same deployment", async () => {
    const { scope } = await scopeWith(stage("prod"), stage("beta"));
    const targets = new StageTargets(new StageDeployments());
    const prod = targets.served(scope, "api1", "prod", 0, config)!;
    const beta = targets.served(scope, "api1", "beta", 0, config)!;
    expect(beta.primary.target.stageName).toBe("beta");
    expect(beta.primary.target).not.toBe(prod.primary.target);
    expect(beta.primary.deployment).not.toBe(prod.primary.deployment);
  });

  it("keeps the built stage through writes that leave its records alone, an undone one too", async () => {
    const { store, scope } = await scopeWith(stage("prod"));
    const targets = new StageTargets(new StageDeployments());
    const first = targets.served(scope, "api1", "prod", 0, config);
    store.transaction(() => scope.table(tables.deployments).put("api1", "d3", deployment("d3")));
    expect(targets.served(scope, "api1", "prod", 0, config)).toBe(first);
    expect(() =>
      store.transaction(() => {
        scope.table(tables.stages).put("api1", "prod", stage("prod", { deploymentId: "d2" }));
        throw new Error("the operation fails after its write");
      }),
    ).toThrow("fails after");
    expect(targets.served(scope, "api1", "prod", 0, config)).toBe(first);
  });

  it("sees a change made by replaying the journal, which records nothing", async () => {
    const { scope } = await scopeWith(stage("prod"));
    const targets = new StageTargets(new StageDeployments());
    const before = targets.served(scope, "api1", "prod", 0, config)!;
    scope.replay({ s: scope.key, t: tables.stages, g: "api1", k: "prod", v: stage("prod", { deploymentId: "d2" }) });
    expect(targets.served(scope, "api1", "prod", 0, config)?.primary.target.deploymentId).toBe("d2");
    expect(before.primary.target.deploymentId).toBe("d1");
  });

  it("forgets a deleted stage and answers undefined for it", async () => {
    const { store, scope } = await scopeWith(stage("prod"));
    const targets = new StageTargets(new StageDeployments());
    expect(targets.served(scope, "api1", "prod", 0, config)).toBeDefined();
    store.transaction(() => scope.table(tables.stages).delete("api1", "prod"));
    expect(targets.served(scope, "api1", "prod", 0, config)).toBeUndefined();
    expect(targets.served(scope, "api1", "nope", 0, config)).toBeUndefined();
  });

  it("sees the cache cluster become available once its creation time has passed", async () => {
    const { scope } = await scopeWith(stage("prod", { cacheClusterEnabled: true, cacheClusterChangedAt: 5_000 }));
    const targets = new StageTargets(new StageDeployments());
    expect(targets.served(scope, "api1", "prod", 5_500, config)?.primary.target.cacheAvailable).toBe(false);
    expect(targets.served(scope, "api1", "prod", 6_000, config)?.primary.target.cacheAvailable).toBe(true);
  });

  it("builds the canary's target with its deployment and overrides, apart from the stage's", async () => {
    const canarySettings = { deploymentId: "d2", percentTraffic: 25, stageVariableOverrides: { color: "green" } };
    const { scope } = await scopeWith(stage("prod", { variables: { color: "blue", size: "L" }, canarySettings }));
    const targets = new StageTargets(new StageDeployments());
    const served = targets.served(scope, "api1", "prod", 0, config)!;
    expect(served.canary).toMatchObject({ percentTraffic: 25, target: { deploymentId: "d2", canary: true, stageVariables: { color: "green", size: "L" } } });
    expect(served.canary!.deployment).not.toBe(served.primary.deployment);
  });
});
