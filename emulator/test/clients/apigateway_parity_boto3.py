"""AWS parity scenarios through boto3 against the Archway sandbox.

Usage: python3 apigateway_parity_boto3.py <endpoint-url> <scenario> <account-id>
Prints one JSON object of what boto3 saw: whole responses (ResponseMetadata, ids and dates normalised) and
errors as botocore reports them. emulator/test/aws-parity-boto3.test.ts compares them with AWS's recorded answers.
"""

import datetime
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def client(url, account):
    return boto3.client(
        "apigateway",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id=account,
        aws_secret_access_key="test",
        # Client-side validation off, as the recordings were made: the service's own answer is what is compared.
        config=Config(retries={"max_attempts": 1, "mode": "standard"}, parameter_validation=False),
    )


def shape(response, ids):
    """The response without ResponseMetadata, dates as "<date>" and known ids as "<name>"."""
    names = {value: f"<{name}>" for name, value in ids.items()}

    def walk(value):
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items() if k != "ResponseMetadata"}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, datetime.datetime):
            return "<date>"
        return names.get(value, value) if isinstance(value, str) else value

    return {**walk(response), "status": response["ResponseMetadata"]["HTTPStatusCode"]}


def failure(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        return {
            "code": error.response["Error"]["Code"],
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            "message": error.response["Error"]["Message"],
        }
    return {"code": "call succeeded"}


def defaults(c):
    api = c.create_rest_api(name="defaults")
    ids = {"id": api["id"], "root": api["rootResourceId"]}
    root = {"restApiId": api["id"], "resourceId": api["rootResourceId"], "httpMethod": "GET"}
    c.put_method(**root, authorizationType="NONE")
    return {
        "create": shape(api, ids),
        "get": shape(c.get_rest_api(restApiId=api["id"]), ids),
        "methodResponse": shape(c.put_method_response(**root, statusCode="200"), ids),
    }


def validation(c):
    api = c.create_rest_api(name="validation")
    root = {"restApiId": api["id"], "resourceId": api["rootResourceId"], "httpMethod": "GET"}
    c.put_method(**root, authorizationType="NONE")
    return {
        "wrongOps": failure(
            c.update_rest_api,
            restApiId=api["id"],
            patchOperations=[{"op": "wrong", "path": "/name", "value": "a"}, {"op": "wrong", "path": "/name", "value": "b"}],
        ),
        "wrongStatus": failure(c.get_integration_response, **root, statusCode="wrong"),
        "boolInMap": failure(c.put_integration, **root, type="MOCK", requestParameters={"integration.request.path.id": True}),
        "wrongType": failure(c.put_integration, **root, type="HTTPS_PROXY"),
        "emptyDescription": failure(c.create_rest_api, name="x", description=""),
    }


def identifiers(c):
    at = {"restApiId": "nope123456", "resourceId": "abc123", "httpMethod": "GET"}
    return {
        "method": failure(c.get_method, **at),
        "model": failure(c.get_model, restApiId="nope123456", modelName="MySchema"),
        "validator": failure(c.create_request_validator, restApiId="nope123456", name="v"),
        "planKeys": shape(c.get_usage_plan_keys(usagePlanId="noplan"), {}),
        "vpcLink": failure(c.get_vpc_link, vpcLinkId="nolink"),
    }


def templates(c):
    api = c.create_rest_api(name="templates")
    root = {"restApiId": api["id"], "resourceId": api["rootResourceId"], "httpMethod": "GET"}
    c.put_method(**root, authorizationType="NONE")
    c.put_integration(**root, type="MOCK")
    none = c.put_integration_response(**root, statusCode="200", selectionPattern="", responseTemplates={"application/json": None})
    empty = c.put_integration_response(**root, statusCode="200", selectionPattern="", responseTemplates={"application/json": ""})
    return {"none": shape(none, {}), "empty": shape(empty, {}), "get": shape(c.get_integration_response(**root, statusCode="200"), {})}


SCENARIOS = {f.__name__: f for f in [defaults, validation, identifiers, templates]}

if __name__ == "__main__":
    url, scenario, account = sys.argv[1], sys.argv[2], sys.argv[3]
    print(json.dumps(SCENARIOS[scenario](client(url, account)), default=str))
