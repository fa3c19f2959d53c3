"""CloudWatch alarms and dashboards through boto3 against the sandbox, under one wire protocol.

Usage: python3 cloudwatch_alarm_scenarios.py <endpoint-url> <json|smithy-rpc-v2-cbor|query> <name-prefix>
Prints one JSON document with what each call returned; the vitest suite asserts on it.
"""
import json
import sys
from datetime import datetime, timedelta, timezone

from botocore.exceptions import ClientError

from cloudwatch_boto3 import cloudwatch_client

endpoint, protocol, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
client, wire = cloudwatch_client(endpoint, protocol)

namespace = f"Boto3Alarms/{prefix}"
dims = [{"Name": "Stage", "Value": "prod"}]
single = f"{prefix}-single"
math = f"{prefix}-math"
dashboard = f"{prefix}-dash".replace("/", "-").replace(".", "-")
body = json.dumps({"widgets": [{"type": "text", "x": 0, "y": 0, "width": 6, "height": 3, "properties": {"markdown": "hi"}}]})

client.put_metric_alarm(
    AlarmName=single, Namespace=namespace, MetricName="Latency", Dimensions=dims, Statistic="Maximum", Period=60,
    EvaluationPeriods=3, DatapointsToAlarm=1, Threshold=3.5, ComparisonOperator="GreaterThanThreshold",
    AlarmActions=["arn:aws:sns:us-east-1:000000000000:pager"], Tags=[{"Key": "team", "Value": "api"}],
)
# 3 of 3 periods must breach: the one minute with data does not, so the alarm is OK whichever minute it lands in.
client.put_metric_alarm(
    AlarmName=math, EvaluationPeriods=3, DatapointsToAlarm=3, Threshold=1, ComparisonOperator="LessThanThreshold", TreatMissingData="breaching",
    Metrics=[
        {"Id": "m1", "MetricStat": {"Metric": {"Namespace": namespace, "MetricName": "Latency", "Dimensions": dims}, "Period": 60, "Stat": "Sum"}, "ReturnData": False},
        {"Id": "e1", "Expression": "m1 * 2", "Label": "Doubled", "ReturnData": True},
    ],
)
client.put_metric_data(Namespace=namespace, MetricData=[
    {"MetricName": "Latency", "Dimensions": dims, "Timestamp": datetime.now(timezone.utc) - timedelta(seconds=90), "Value": 7},
])
described = client.describe_alarms(AlarmNamePrefix=prefix)["MetricAlarms"]


def alarm_view(alarm):
    keep = ["AlarmName", "AlarmArn", "StateValue", "Namespace", "MetricName", "Dimensions", "Statistic", "Period", "EvaluationPeriods",
            "DatapointsToAlarm", "Threshold", "ComparisonOperator", "TreatMissingData", "ActionsEnabled", "AlarmActions", "Metrics"]
    view = {key: alarm[key] for key in keep if key in alarm}
    view["stateUpdatedIsDate"] = isinstance(alarm.get("StateUpdatedTimestamp"), datetime)
    view["integersAreInts"] = all(isinstance(alarm[key], int) for key in ["EvaluationPeriods", "Period"] if key in alarm)
    return view


def error_of(call):
    try:
        call()
    except ClientError as error:
        return {"code": error.response["Error"].get("Code"), "message": error.response["Error"].get("Message"),
                "status": error.response["ResponseMetadata"]["HTTPStatusCode"]}
    return None


put_dashboard = client.put_dashboard(DashboardName=dashboard, DashboardBody=body)
got = client.get_dashboard(DashboardName=dashboard)
print(json.dumps({
    "protocol": client.meta.service_model.resolved_protocol,
    "urls": wire,
    "alarms": [alarm_view(alarm) for alarm in described],
    "tags": client.list_tags_for_resource(ResourceARN=described[1]["AlarmArn"] if described else "")["Tags"],
    "history": [item["HistorySummary"] for item in client.describe_alarm_history(AlarmName=single, ScanBy="TimestampAscending")["AlarmHistoryItems"]],
    "putDashboard": put_dashboard.get("DashboardValidationMessages", []),
    "getDashboard": {key: got[key] for key in ["DashboardName", "DashboardArn", "DashboardBody"]},
    "errors": {
        "unknownAlarm": error_of(lambda: client.set_alarm_state(AlarmName=f"{prefix}-nothing", StateValue="OK", StateReason="x")),
        "badPeriod": error_of(lambda: client.put_metric_alarm(AlarmName=f"{prefix}-bad", Namespace=namespace, MetricName="Latency", Statistic="Sum", Period=45,
                                                               EvaluationPeriods=1, Threshold=1, ComparisonOperator="GreaterThanThreshold")),
        "missingDashboard": error_of(lambda: client.get_dashboard(DashboardName=f"{dashboard}-nothing")),
    },
}, default=str))
