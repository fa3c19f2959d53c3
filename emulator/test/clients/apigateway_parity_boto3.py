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
        "methodResponse": shape(c.put_method_response(**root, statusCode="200", responseParameters={}, responseModels={}), ids),
        "methodResponseWithoutMaps": shape(c.put_method_response(**root, statusCode="201"), ids),
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
        "testInvoke": failure(c.test_invoke_method, **at),
    }


def templates(c):
    api = c.create_rest_api(name="templates")
    root = {"restApiId": api["id"], "resourceId": api["rootResourceId"], "httpMethod": "GET"}
    c.put_method(**root, authorizationType="NONE")
    c.put_integration(**root, type="MOCK")
    none = c.put_integration_response(**root, statusCode="200", selectionPattern="", responseTemplates={"application/json": None})
    empty = c.put_integration_response(**root, statusCode="200", selectionPattern="", responseTemplates={"application/json": ""})
    return {"none": shape(none, {}), "empty": shape(empty, {}), "get": shape(c.get_integration_response(**root, statusCode="200"), {})}


def mock_api(c, name):
    api = c.create_rest_api(name=name)
    root = {"restApiId": api["id"], "resourceId": api["rootResourceId"], "httpMethod": "GET"}
    c.put_method(**root, authorizationType="NONE")
    c.put_integration(**root, type="MOCK")
    return api["id"]


def tags(c):
    key = c.create_api_key(name="untagged")
    plan = c.create_usage_plan(name="untagged")
    cert = c.generate_client_certificate(description="untagged")
    domain = c.create_domain_name(
        domainName="tags.example.com",
        regionalCertificateArn="arn:aws:acm:us-east-1:000000000000:certificate/tags",
        endpointConfiguration={"types": ["REGIONAL"]},
    )
    ids = {"key": key["id"], "plan": plan["id"], "cert": cert["clientCertificateId"]}
    describe = [{"op": "replace", "path": "/description", "value": "d"}]
    api_id = mock_api(c, "stage-tags")
    c.create_deployment(restApiId=api_id, stageName="dev")
    ids["deployment"] = c.get_stage(restApiId=api_id, stageName="dev")["deploymentId"]
    return {
        "createKey": shape(key, ids),
        "getKey": shape(c.get_api_key(apiKey=key["id"]), ids),
        "updateKey": shape(c.update_api_key(apiKey=key["id"], patchOperations=describe), ids),
        "getPlan": shape(c.get_usage_plan(usagePlanId=plan["id"]), ids),
        "updatePlan": shape(c.update_usage_plan(usagePlanId=plan["id"], patchOperations=describe), ids),
        "getCert": {**shape(c.get_client_certificate(clientCertificateId=cert["clientCertificateId"]), ids), "pemEncodedCertificate": "<pem>"},
        "getDomainTags": c.get_domain_name(domainName="tags.example.com").get("tags"),
        "createDomainTags": domain.get("tags", "absent"),
        "getStage": shape(c.get_stage(restApiId=api_id, stageName="dev"), ids),
    }


def promotion(c):
    api_id = mock_api(c, "promotion")
    base = c.create_deployment(restApiId=api_id, stageName="prod", variables={"color": "blue"})
    ids = {"base": base["id"]}
    refused = failure(
        c.update_stage,
        restApiId=api_id,
        stageName="prod",
        patchOperations=[{"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"}],
    )
    canary = c.create_deployment(restApiId=api_id, stageName="prod", canarySettings={"percentTraffic": 10, "stageVariableOverrides": {"color": "green"}})
    ids["canary"] = canary["id"]
    wrong = failure(
        c.update_stage,
        restApiId=api_id,
        stageName="prod",
        patchOperations=[{"op": "copy", "from": "/canarySettings/deploymentId", "path": "/description"}],
    )
    promoted = c.update_stage(
        restApiId=api_id,
        stageName="prod",
        patchOperations=[
            {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "0.0"},
            {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
            {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"},
        ],
    )
    return {"noCanary": refused, "notPromotion": wrong, "promoted": shape(promoted, ids)}


def limits(c):
    document = {
        "openapi": "3.0.1",
        "info": {"title": "warned", "version": "1"},
        "components": {"invalid_key_will_warn": "a_value"},
        "paths": {"/users": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    imported = c.import_rest_api(body=json.dumps(document))
    return {
        "longKeyName": failure(c.create_api_key, name="k" * 1025),
        "importWarnings": imported.get("warnings"),
        "failOnWarnings": failure(c.import_rest_api, body=json.dumps(document), failOnWarnings=True),
        "stringCompression": failure(c.create_rest_api, name="x", minimumCompressionSize="ten"),
    }


def recorded(c):
    api_id = mock_api(c, "recorded")
    deployment = c.create_deployment(restApiId=api_id, stageName="dev")["id"]
    root = c.get_resources(restApiId=api_id)["items"][0]["id"]
    at = {"restApiId": api_id, "resourceId": root, "httpMethod": "GET"}
    c.put_method_response(**at, statusCode="200")
    nlb = "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/parity/0123456789abcdef"
    return {
        "canaryNoStage": failure(c.create_deployment, restApiId=api_id, canarySettings={"percentTraffic": 10}),
        "canaryAdd": failure(
            c.update_stage,
            restApiId=api_id,
            stageName="dev",
            patchOperations=[{"op": "add", "path": "/canarySettings/deploymentId", "value": deployment}],
        ),
        "vpcLinkArn": failure(c.create_vpc_link, name="l", targetArns=["invalid-arn"]),
        "vpcLinkName": failure(c.create_vpc_link, name="", targetArns=[nlb]),
        "gatewayOp": failure(
            c.update_gateway_response,
            restApiId=api_id,
            responseType="DEFAULT_4XX",
            patchOperations=[{"op": "add", "path": "/statusCode", "value": "444"}],
        ),
        "emptySchema": failure(c.create_model, restApiId=api_id, name="Blank", contentType="application/json", schema="{}"),
        "missingParameter": failure(
            c.update_method_response,
            **at,
            statusCode="200",
            patchOperations=[{"op": "remove", "path": "/responseParameters/method.response.header.my-header"}],
        ),
        "templateKey": failure(c.put_integration_response, **at, statusCode="200", responseTemplates={"123": "x"}),
    }


SCENARIOS = {f.__name__: f for f in [defaults, validation, identifiers, templates, tags, promotion, limits, recorded]}

if __name__ == "__main__":
    url, scenario, account = sys.argv[1], sys.argv[2], sys.argv[3]
    print(json.dumps(SCENARIOS[scenario](client(url, account)), default=str))
