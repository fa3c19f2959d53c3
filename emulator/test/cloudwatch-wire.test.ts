import { gzipSync } from "node:zlib";
import { decode, encode } from "cbor-x";
import { describe, expect, it } from "vitest";
import { sandboxForFile } from "./support/sandbox-for-file";

// Exact bytes on the wire (captures §3-§5, §9): what the SDKs parse but do not expose.

const sandbox = sandboxForFile();

const auth = "AWS4-HMAC-SHA256 Credential=test/20261126/us-east-1/monitoring/aws4_request, SignedHeaders=host;x-amz-date, Signature=x";
const MINUTE = 60_000;
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 15 * MINUTE;

function json(operation: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(sandbox.url, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/x-amz-json-1.0", "x-amz-target": `GraniteServiceVersion20100801.${operation}`, "x-amzn-query-mode": "true", ...headers },
    body: body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
  });
}

function cbor(operation: string, body: unknown) {
  return fetch(`${sandbox.url}/service/GraniteServiceVersion20100801/operation/${operation}`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/cbor", accept: "application/cbor", "smithy-protocol": "rpc-v2-cbor", "x-amzn-query-mode": "true" },
    body: new Uint8Array(encode(body)),
  });
}

function query(form: string) {
  return fetch(sandbox.url, { method: "POST", headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded; charset=utf-8" }, body: form });
}

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("awsJson1_0", () => {
  it("answers errors with x-amzn-query-error and the modelled __type", async () => {
    const response = await json("GetMetricData", { StartTime: base / 1000 + 60, EndTime: base / 1000, MetricDataQueries: [{ Id: "e", Expression: "1" }] });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-query-error")).toBe("ValidationError;Sender");
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.0");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ __type: "com.amazonaws.cloudwatch#ValidationException", message: "The parameter EndTime must be greater than StartTime." });
  });

  it("accepts epoch-second timestamps with and without a fraction, and answers epoch seconds", async () => {
    const put = await json("PutMetricData", { Namespace: "Wire/Json", MetricData: [
      { MetricName: "T", Timestamp: base / 1000 + 59.999, Value: 1 },
      { MetricName: "T", Timestamp: base / 1000, Value: 2 },
    ] });
    expect(put.status).toBe(200);
    expect(await put.text()).toBe("{}");
    const got = await json("GetMetricData", { StartTime: base / 1000, EndTime: base / 1000 + 120, MetricDataQueries: [{ Id: "t", MetricStat: { Metric: { Namespace: "Wire/Json", MetricName: "T" }, Period: 60, Stat: "Sum" } }] });
    expect(await got.json()).toEqual({ MetricDataResults: [{ Id: "t", Label: "T", Timestamps: [base / 1000], Values: [3], StatusCode: "Complete", Messages: [] }], Messages: [] });
  });

  it("reads a gzip-compressed PutMetricData body, as SDKs send one over 10 KB", async () => {
    const body = gzipSync(JSON.stringify({ Namespace: "Wire/Gzip", MetricData: [{ MetricName: "Zipped", Value: 1 }] }));
    expect((await json("PutMetricData", body, { "content-encoding": "gzip" })).status).toBe(200);
    const listed = await (await json("ListMetrics", { Namespace: "Wire/Gzip" })).json();
    expect(listed.Metrics).toEqual([{ Namespace: "Wire/Gzip", MetricName: "Zipped", Dimensions: [] }]);
  });

  it("names an unknown target as an unknown operation", async () => {
    const response = await json("Frobnicate", {});
    expect(response.headers.get("x-amzn-query-error")).toBe("UnknownOperationException;Sender");
    expect((await response.json()).message).toBe("The operation Frobnicate is not a CloudWatch operation.");
  });
});

describe("rpcv2Cbor", () => {
  it("answers with smithy-protocol, an empty map for PutMetricData, float64 doubles and tag-1 timestamps", async () => {
    // One timestamp as an integer, one as a float64 with a fraction: both are tag 1.
    const put = await cbor("PutMetricData", { Namespace: "Wire/Cbor", MetricData: [
      { MetricName: "C", Timestamp: new Date(base), Value: 0.25, Unit: "Count" },
      { MetricName: "C", Timestamp: new Date(base + 59_500), Value: 0.75, Unit: "Count" },
    ] });
    expect(put.status).toBe(200);
    expect(put.headers.get("smithy-protocol")).toBe("rpc-v2-cbor");
    expect(put.headers.get("content-type")).toBe("application/cbor");
    expect((await bytes(put)).toString("hex")).toBe("a0");
    const got = await cbor("GetMetricData", { StartTime: new Date(base), EndTime: new Date(base + MINUTE), MetricDataQueries: [{ Id: "c", MetricStat: { Metric: { Namespace: "Wire/Cbor", MetricName: "C" }, Period: 60, Stat: "Sum" } }] });
    const raw = await bytes(got);
    expect(raw.toString("hex")).toContain("fb3ff0000000000000"); // 1.0 as float64, not the small int 01
    expect(raw.toString("hex")).toContain(`c11a${(base / 1000).toString(16).padStart(8, "0")}`); // tag 1, epoch seconds
    expect(decode(raw)).toEqual({ MetricDataResults: [{ Id: "c", Label: "C", Timestamps: [new Date(base)], Values: [1], StatusCode: "Complete", Messages: [] }], Messages: [] });
  });

  it("answers errors with a CBOR __type, x-amzn-query-error and the smithy-protocol header", async () => {
    const response = await cbor("GetMetricData", { StartTime: new Date(base), EndTime: new Date(base + MINUTE), MetricDataQueries: [{ Id: "bad", MetricStat: { Metric: { Namespace: "W", MetricName: "C" }, Period: 7, Stat: "Sum" } }] });
    expect(response.status).toBe(400);
    expect(response.headers.get("smithy-protocol")).toBe("rpc-v2-cbor");
    expect(response.headers.get("x-amzn-query-error")).toBe("InvalidParameterValue;Sender");
    expect(decode(await bytes(response))).toEqual({
      __type: "com.amazonaws.cloudwatch#InvalidParameterValueException",
      message: "The parameter MetricDataQueries.member.1.MetricStat.Period must be 1, 5, 10, 20, 30 or a multiple of 60.",
    });
  });
});

describe("awsQuery", () => {
  it("reads .member.N lists and ISO timestamps with microseconds, and answers XML", async () => {
    const at = new Date(base + 1_123).toISOString().replace("Z", "000Z");
    const put = await query(`Action=PutMetricData&Version=2010-08-01&Namespace=Wire%2FQuery&MetricData.member.1.MetricName=Latency&MetricData.member.1.Dimensions.member.1.Name=Api&MetricData.member.1.Dimensions.member.1.Value=a%26b&MetricData.member.1.Timestamp=${encodeURIComponent(at)}&MetricData.member.1.Values.member.1=1.5&MetricData.member.1.Values.member.2=2.5&MetricData.member.1.Unit=Milliseconds`);
    expect(put.status).toBe(200);
    expect(put.headers.get("content-type")).toBe("text/xml");
    expect(await put.text()).toMatch(/^<PutMetricDataResponse xmlns="http:\/\/monitoring.amazonaws.com\/doc\/2010-08-01\/"><ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/PutMetricDataResponse>$/);
    const list = await (await query("Action=ListMetrics&Version=2010-08-01&Namespace=Wire%2FQuery")).text();
    expect(list).toContain("<ListMetricsResult><Metrics><member><Namespace>Wire/Query</Namespace><MetricName>Latency</MetricName><Dimensions><member><Name>Api</Name><Value>a&amp;b</Value></member></Dimensions></member></Metrics></ListMetricsResult>");
    const stats = await (await query(`Action=GetMetricStatistics&Version=2010-08-01&Namespace=Wire%2FQuery&MetricName=Latency&Dimensions.member.1.Name=Api&Dimensions.member.1.Value=a%26b&StartTime=${encodeURIComponent(new Date(base).toISOString())}&EndTime=${encodeURIComponent(new Date(base + MINUTE).toISOString().replace(".000Z", "Z"))}&Period=60&ExtendedStatistics.member.1=p50`)).text();
    const stamp = new Date(base).toISOString().replace(".000Z", "Z");
    expect(stats).toContain(`<Datapoints><member><Timestamp>${stamp}</Timestamp><Unit>Milliseconds</Unit><ExtendedStatistics><entry><key>p50</key><value>1.5</value></entry></ExtendedStatistics></member></Datapoints>`);
  });

  it("accepts an awsQuery call as a signed GET with the fields in the query string", async () => {
    const put = await fetch(`${sandbox.url}/?Action=PutMetricData&Version=2010-08-01&Namespace=Wire%2FGet&MetricData.member.1.MetricName=G&MetricData.member.1.Value=1`, { headers: { authorization: auth } });
    expect(put.status).toBe(200);
    const response = await fetch(`${sandbox.url}/?Action=ListMetrics&Version=2010-08-01&Namespace=Wire%2FGet`, { headers: { authorization: auth } });
    expect(await response.text()).toContain("<ListMetricsResult><Metrics><member><Namespace>Wire/Get</Namespace><MetricName>G</MetricName><Dimensions></Dimensions></member></Metrics></ListMetricsResult>");
  });

  it("answers errors as an ErrorResponse document with the query code", async () => {
    const response = await query("Action=PutMetricData&Version=2010-08-01&Namespace=AWS%2FApiGateway&MetricData.member.1.MetricName=Count&MetricData.member.1.Value=1");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(
      /^<ErrorResponse xmlns="http:\/\/monitoring.amazonaws.com\/doc\/2010-08-01\/"><Error><Type>Sender<\/Type><Code>InvalidParameterValue<\/Code><Message>The value AWS\/ApiGateway for parameter Namespace is invalid: namespaces beginning with &quot;AWS\/&quot; are reserved for AWS.<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
  });
});
