import { describe, expect, it } from "vitest";
import { advisorSnapshot, methodTraffic, resource, securedMethod, withResources } from "../snapshot-fixtures.test-support";
import { lambdaColdStartRule, lambdaFunctionOf } from "./cold-starts-lambda-latency";

const lambdaUri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111122223333:function:orders-fn/invocations";

function lambdaApi(p50: number, p99: number) {
  const base = withResources(advisorSnapshot(), [resource("res-orders", "/orders", [securedMethod("GET", { methodIntegration: { type: "AWS_PROXY", httpMethod: "POST", uri: lambdaUri } })])]);
  return { ...base, metrics: { periodDays: 14, stages: [], methods: [methodTraffic({ resourcePath: "/orders", integrationLatencyP50Ms: p50, integrationLatencyP99Ms: p99 })] } };
}

describe("cold-starts.lambda-latency-tail", () => {
  it("stays silent when p99 is under 1 s or within 4× p50", () => {
    expect(lambdaColdStartRule.evaluate(lambdaApi(100, 900))).toEqual([]);
    expect(lambdaColdStartRule.evaluate(lambdaApi(400, 1_500))).toEqual([]);
  });

  it("fires on a Lambda method with p99 far above p50, naming the function and remedies", () => {
    const [finding, ...rest] = lambdaColdStartRule.evaluate(lambdaApi(180, 2_400));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "cold-starts.lambda-latency-tail:method:res-orders:GET:prod", severity: "medium", category: "cold-starts", fix: null });
    expect(finding!.evidence).toEqual(["GET /orders on prod: integration latency p50 180 ms, p99 2,400 ms (13.3× p50) over 14 days", "Lambda function: orders-fn"]);
    expect(finding!.remedy).toMatch(/provisioned concurrency.*deployment package.*SnapStart/);
  });

  it("ignores non-Lambda integrations with the same latencies", () => {
    const snapshot = { ...advisorSnapshot(), metrics: { periodDays: 14, stages: [], methods: [methodTraffic({ integrationLatencyP50Ms: 180, integrationLatencyP99Ms: 2_400 })] } };
    expect(lambdaColdStartRule.evaluate(snapshot)).toEqual([]);
    expect(lambdaFunctionOf({ type: "HTTP", uri: "https://example.com" })).toBeNull();
  });
});
