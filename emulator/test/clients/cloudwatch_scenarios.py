"""CloudWatch scenarios through boto3 against the sandbox, under one wire protocol.

Usage: python3 cloudwatch_scenarios.py <endpoint-url> <json|smithy-rpc-v2-cbor|query> <namespace>
Prints one JSON document with what each scenario returned; the vitest suite asserts on it.
"""
import json
import sys
from datetime import datetime, timedelta, timezone

from botocore.exceptions import ClientError

from cloudwatch_boto3 import cloudwatch_client

endpoint, protocol, namespace = sys.argv[1], sys.argv[2], sys.argv[3]
client, wire = cloudwatch_client(endpoint, protocol)

now = datetime.now(timezone.utc).replace(second=30, microsecond=0) - timedelta(minutes=2)
start, end = now - timedelta(minutes=10), now + timedelta(minutes=5)
dims = [{"Name": "ApiName", "Value": "pets"}, {"Name": "Stage", "Value": "prod"}]


def error_of(call):
    try:
        call()
    except ClientError as error:
        return {
            "code": error.response["Error"].get("Code"),
            "type": error.response["Error"].get("Type"),
            "message": error.response["Error"].get("Message"),
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
        }
    return None


def metric(name, dimensions=dims):
    return {"Namespace": namespace, "MetricName": name, "Dimensions": dimensions}


def query(query_id, name, stat, **extra):
    return {"Id": query_id, "MetricStat": {"Metric": metric(name), "Period": 60, "Stat": stat, **extra}}


def series(results):
    return {r["Id"]: {"label": r["Label"], "values": r["Values"], "status": r["StatusCode"],
                      "timestamps": [t.isoformat() for t in r["Timestamps"]]} for r in results}


out = {"protocol": client.meta.service_model.resolved_protocol}
client.put_metric_data(Namespace=namespace, MetricData=[
    {"MetricName": "Latency", "Dimensions": dims, "Timestamp": now, "Values": [float(v) for v in range(1, 101)], "Unit": "Milliseconds"},
    {"MetricName": "Count", "Dimensions": dims, "Timestamp": now, "Value": 3.0, "Unit": "Count"},
    {"MetricName": "Count", "Dimensions": dims, "Timestamp": now, "StatisticValues": {"SampleCount": 2, "Sum": 7, "Minimum": 2, "Maximum": 5}, "Unit": "Count"},
    {"MetricName": "Errors", "Dimensions": [{"Name": "ApiName", "Value": "pets"}], "Timestamp": now, "Value": 1.0},
])
stats = ["Sum", "Average", "Minimum", "Maximum", "SampleCount", "p50", "p90", "p99", "p99.9", "tm90"]
data = client.get_metric_data(StartTime=start, EndTime=end, ScanBy="TimestampAscending", MetricDataQueries=[
    *[query(f"q{i}", "Latency", stat) for i, stat in enumerate(stats)],
    query("count", "Count", "Sum", Unit="Count"),
    query("countms", "Count", "Sum", Unit="Milliseconds"),
    {"Id": "math", "Expression": "(count + 1) * 2 - q4 / 100", "Label": "math"},
    {"Id": "total", "Expression": "SUM([count, q0])"},
])
out["getMetricData"] = series(data["MetricDataResults"])
out["statistics"] = client.get_metric_statistics(
    Namespace=namespace, MetricName="Count", Dimensions=dims, StartTime=start, EndTime=end, Period=300,
    Statistics=["Sum", "Average", "Minimum", "Maximum", "SampleCount"])["Datapoints"]
out["extended"] = client.get_metric_statistics(
    Namespace=namespace, MetricName="Latency", Dimensions=dims, StartTime=start, EndTime=end, Period=60,
    ExtendedStatistics=["p50", "p99"])["Datapoints"]
for point in out["statistics"] + out["extended"]:
    point["Timestamp"] = point["Timestamp"].isoformat()
out["listByNamespace"] = sorted(m["MetricName"] for m in client.list_metrics(Namespace=namespace)["Metrics"])
out["listByDimensionName"] = sorted(m["MetricName"] for m in client.list_metrics(Namespace=namespace, Dimensions=[{"Name": "Stage"}])["Metrics"])
out["errors"] = {
    "endBeforeStart": error_of(lambda: client.get_metric_data(StartTime=end, EndTime=start, MetricDataQueries=[query("q", "Count", "Sum")])),
    "badPeriod": error_of(lambda: client.get_metric_data(StartTime=start, EndTime=end, MetricDataQueries=[
        {"Id": "bad", "MetricStat": {"Metric": metric("Count"), "Period": 7, "Stat": "Sum"}}])),
    "awsNamespace": error_of(lambda: client.put_metric_data(Namespace="AWS/ApiGateway", MetricData=[{"MetricName": "Count", "Value": 1.0}])),
    "tooManyDatapoints": error_of(lambda: client.get_metric_statistics(
        Namespace=namespace, MetricName="Count", StartTime=now - timedelta(days=2), EndTime=now, Period=60, Statistics=["Sum"])),
    "notImplemented": error_of(lambda: client.describe_anomaly_detectors()),
}
# Pagination: 501 metrics need two ListMetrics pages of at most 500.
client.put_metric_data(Namespace=namespace + "/Many", MetricData=[{"MetricName": f"m{i:03d}", "Value": 1.0} for i in range(501)])
pages = list(client.get_paginator("list_metrics").paginate(Namespace=namespace + "/Many"))
out["listPages"] = [len(page["Metrics"]) for page in pages]
paged = client.get_metric_data(StartTime=start, EndTime=end, MaxDatapoints=1, MetricDataQueries=[query("a", "Latency", "Sum"), query("b", "Count", "Sum")])
out["dataPage1"] = {"ids": [r["Id"] for r in paged["MetricDataResults"] if r["Values"]], "next": "NextToken" in paged}
out["urls"] = sorted(set(wire))
print(json.dumps(out))
