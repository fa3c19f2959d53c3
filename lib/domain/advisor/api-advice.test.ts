import { describe, expect, it } from "vitest";
import { attachDismissals, describeChecked, findingsForMethod, findingsForStage, groupByCategory, severityCounts, subjectLabel } from "./api-advice";
import type { AdvisorSnapshot, Finding } from "./types";

function finding(key: string, overrides: Partial<Finding> = {}): Finding {
  return { ruleId: key.split(":")[0]!, key, severity: "medium", category: "throttling", title: key, why: "", evidence: [], subject: { kind: "api" }, fix: null, remedy: "", ...overrides };
}

const snapshot = {
  environment: { kind: "sandbox", region: "us-east-1" },
  api: {
    restApi: { id: "a1", name: "pets" },
    resources: [
      { id: "r0", path: "/", methods: {} },
      { id: "r1", path: "/pets", methods: { GET: { httpMethod: "GET" }, OPTIONS: { httpMethod: "OPTIONS" } } },
    ],
    models: [],
    requestValidators: [],
    authorizers: [],
    gatewayResponses: [{ responseType: "DEFAULT_4XX" }],
  },
  stages: [{ stageName: "dev" }, { stageName: "prod" }],
  protectedStages: ["prod"],
  account: { throttle: null },
  usagePlans: [],
  domains: [],
  alarms: [],
  metrics: null,
} as unknown as AdvisorSnapshot;

describe("api advice", () => {
  it("counts findings by severity", () => {
    expect(severityCounts([finding("a", { severity: "high" }), finding("b", { severity: "high" }), finding("c", { severity: "low" })])).toEqual({ high: 2, medium: 0, low: 1 });
  });

  it("groups by category in a fixed order, keeping the order within each", () => {
    const groups = groupByCategory([
      finding("cors.z", { category: "cors", severity: "high" }),
      finding("thr.y", { category: "throttling" }),
      finding("cors.x", { category: "cors", severity: "low" }),
    ]);
    expect(groups.map((group) => [group.label, group.findings.map((f) => f.key)])).toEqual([
      ["Throttling", ["thr.y"]],
      ["CORS", ["cors.z", "cors.x"]],
    ]);
  });

  it("says what was checked, and that metric checks were skipped when metrics could not be read", () => {
    expect(describeChecked(snapshot)).toEqual([
      "2 resources with 2 methods",
      "2 stages (1 protected)",
      "1 customised gateway response",
      "0 usage plans, 0 custom domains, 0 CloudWatch alarms",
      "CloudWatch metrics could not be read: the metric-based checks were skipped",
    ]);
    expect(describeChecked({ ...snapshot, metrics: { periodDays: 14, stages: [], methods: [] } }).at(-1)).toBe("14 days of CloudWatch metrics");
  });

  it("attaches each dismissal's reason and author", () => {
    const dismissal = { reason: "internal tool", dismissedBy: "ada@example.com", createdAt: "2026-12-03T10:00:00.000Z" };
    expect(attachDismissals([finding("a")], new Map([["a", dismissal]]))[0]!.dismissal).toEqual(dismissal);
  });

  it("picks the findings of one stage and of one method", () => {
    const all = [
      finding("s", { subject: { kind: "stage", stageName: "prod" } }),
      finding("m", { subject: { kind: "method", resourceId: "r1", resourcePath: "/pets", httpMethod: "GET", stageName: "prod" } }),
      finding("m2", { subject: { kind: "method", resourceId: "r1", resourcePath: "/pets", httpMethod: "POST" } }),
      finding("d", { subject: { kind: "stage", stageName: "dev" } }),
      finding("g", { subject: { kind: "gateway-response", responseType: "DEFAULT_4XX" } }),
    ];
    expect(findingsForStage(all, "prod").map((f) => f.key)).toEqual(["s", "m"]);
    expect(findingsForMethod(all, "r1", "GET").map((f) => f.key)).toEqual(["m"]);
  });

  it("names each kind of subject in a few words", () => {
    expect(subjectLabel({ kind: "method", resourceId: "r1", resourcePath: "/pets", httpMethod: "GET", stageName: "prod" })).toBe("GET /pets on prod");
    expect(subjectLabel({ kind: "method", resourceId: "r1", resourcePath: "/pets", httpMethod: "GET" })).toBe("GET /pets");
    expect(subjectLabel({ kind: "gateway-response", responseType: "DEFAULT_5XX" })).toBe("DEFAULT_5XX response");
    expect(subjectLabel({ kind: "stage", stageName: "prod" })).toBe("Stage prod");
  });
});
