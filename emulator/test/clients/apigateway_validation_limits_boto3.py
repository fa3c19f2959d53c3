"""Issue 15's validation and update-semantics scenarios through boto3 against the Archway sandbox.

Usage: python3 apigateway_validation_limits_boto3.py <endpoint-url> <scenario> <account-id>
Prints one JSON object of what boto3 saw, in the form of apigateway_parity_boto3.py (whose helpers it uses);
emulator/test/aws-parity-validation-limits-boto3.test.ts compares it with AWS's recorded answers.
"""

import json
import sys

from apigateway_parity_boto3 import client, failure, mock_api, shape


def empty_strings(c):
    api = c.create_rest_api(name="empty-strings", description="this is my api")
    validator = c.create_request_validator(restApiId=api["id"], name="v")
    return {
        "description": failure(c.create_rest_api, name="e", description=""),
        "model": failure(c.create_model, restApiId=api["id"], name="", contentType="application/json", schema="{}"),
        "validator": failure(
            c.update_request_validator,
            restApiId=api["id"],
            requestValidatorId=validator["id"],
            patchOperations=[{"op": "replace", "path": "/name", "value": ""}],
        ),
        "removed": shape(
            c.update_rest_api(restApiId=api["id"], patchOperations=[{"op": "remove", "path": "/description"}]),
            {"id": api["id"], "root": api["rootResourceId"]},
        ),
    }


def names(c):
    api_id = mock_api(c, "names")
    deployment = c.create_deployment(restApiId=api_id)
    document = {
        "openapi": "3.0.1",
        "info": {"title": "names", "version": "1"},
        "paths": {},
        "components": {"schemas": {"body_1": {"type": "object"}}},
    }
    return {
        "emptyApiName": failure(c.create_rest_api, name=""),
        "modelName": failure(c.create_model, restApiId=api_id, name="body_1", contentType="application/json", schema='{"type":"object"}'),
        "importedModelName": failure(c.put_rest_api, restApiId=api_id, mode="merge", body=json.dumps(document)),
        "stageName": failure(c.create_stage, restApiId=api_id, stageName="bad name!", deploymentId=deployment["id"]),
    }


def endpoint_types(c):
    api = c.create_rest_api(name="endpoint-types", endpointConfiguration={"types": ["REGIONAL"]})

    def patch(*operations):
        return c.update_rest_api(restApiId=api["id"], patchOperations=list(operations))

    def refused(*operations):
        return failure(c.update_rest_api, restApiId=api["id"], patchOperations=list(operations))

    types = "/endpointConfiguration/types/"
    return {
        "twoTypes": refused({"op": "add", "path": types + "EDGE"}),
        "noType": refused({"op": "remove", "path": types + "REGIONAL"}),
        "moveType": refused({"op": "move", "path": types + "EDGE", "from": types + "REGIONAL"}),
        "addIpType": refused({"op": "add", "path": "/endpointConfiguration/ipAddressType", "value": "dualstack"}),
        "swapped": patch({"op": "remove", "path": types + "REGIONAL"}, {"op": "add", "path": types + "EDGE"})["endpointConfiguration"],
        "private": shape(patch({"op": "replace", "path": types + "EDGE", "value": "PRIVATE"}), {"id": api["id"], "root": api["rootResourceId"]}),
        "privateIpv4": refused({"op": "replace", "path": "/endpointConfiguration/ipAddressType", "value": "ipv4"}),
    }


def pointed_deployments(c):
    api_id = mock_api(c, "pointed")
    deployment = c.create_deployment(restApiId=api_id, stageName="dev")

    def replace(path):
        return failure(c.update_stage, restApiId=api_id, stageName="dev", patchOperations=[{"op": "replace", "path": path, "value": "deploy"}])

    return {
        "stageDeployment": replace("/deploymentId"),
        "canaryDeployment": replace("/canarySettings/deploymentId"),
        "createCanary": failure(
            c.create_stage, restApiId=api_id, stageName="canary", deploymentId=deployment["id"], canarySettings={"deploymentId": "deploy"}
        ),
        "createUnknown": failure(c.create_stage, restApiId=api_id, stageName="unknown", deploymentId="deploy"),
    }


def stage_settings(c):
    api_id = mock_api(c, "stage-settings")
    deployment = c.create_deployment(restApiId=api_id)
    stage = c.create_stage(restApiId=api_id, stageName="s1", deploymentId=deployment["id"], description="my stage")
    ids = {"deployment": deployment["id"]}
    updated = c.update_stage(
        restApiId=api_id,
        stageName="s1",
        patchOperations=[
            {"op": "replace", "path": "/*/*/throttling/burstLimit", "value": "123"},
            {"op": "replace", "path": "/*/*/caching/enabled", "value": "true"},
            {"op": "replace", "path": "/test/GET/throttling/burstLimit", "value": "124"},
        ],
    )
    reset = c.update_stage(restApiId=api_id, stageName="s1", patchOperations=[{"op": "remove", "path": "/*/*"}])
    return {"create": shape(stage, ids), "settings": updated["methodSettings"], "reset": reset["methodSettings"]}


def plan_stages(c):
    api_id = mock_api(c, "plan-stages")
    c.create_deployment(restApiId=api_id, stageName="dev")
    plan = c.create_usage_plan(name="crud", description="this is my usage plan", apiStages=[{"apiId": api_id, "stage": "dev"}])
    ids = {"id": plan["id"], "apiId": api_id}

    def remove(**value):
        error = failure(c.update_usage_plan, usagePlanId=plan["id"], patchOperations=[{"op": "remove", "path": "/apiStages", **value}])
        return {**error, "message": error["message"].replace(api_id, "<apiId>").replace(plan["id"], "<id>")}

    return {
        "create": shape(plan, ids),
        "get": shape(c.get_usage_plan(usagePlanId=plan["id"]), ids),
        "noValue": remove(),
        "wrongApi": remove(value=f"{api_id}b:dev"),
        "wrongStage": remove(value=f"{api_id}:fakestagename"),
        "wrongValue": remove(value="wrongvalue"),
    }


def limits(c):
    many = {f"key{i}": "v" for i in range(51)}
    policy = json.dumps({"Version": "2012-10-17", "Statement": [], "Padding": "p" * 8200})
    return {
        "manyTags": failure(c.create_rest_api, name="many", tags=many),
        "longKey": failure(c.create_vpc_link, name="v", targetArns=["arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/net/n/1"], tags={"k" * 129: "v"}),
        "longValue": failure(c.generate_client_certificate, tags={"team": "v" * 257}),
        "longPolicy": failure(c.create_rest_api, name="policy", policy=policy),
    }


def defaults(c):
    document = {
        "openapi": "3.0.1",
        "info": {"title": "defaults", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "responses": {"200": {"description": "ok"}},
                    "x-amazon-apigateway-integration": {
                        "type": "http",
                        "httpMethod": "GET",
                        "uri": "http://petstore.example.com/pets",
                        "responses": {"default": {"statusCode": "200"}},
                    },
                }
            }
        },
    }
    api = c.import_rest_api(body=json.dumps(document))
    pets = next(r for r in c.get_resources(restApiId=api["id"])["items"] if r["path"] == "/pets")
    ids = {"id": api["id"], "root": api["rootResourceId"], "pets": pets["id"]}
    domain = c.create_domain_name(
        domainName="defaults.example.com",
        regionalCertificateArn="arn:aws:acm:us-east-1:000000000000:certificate/d",
        endpointConfiguration={"types": ["REGIONAL"]},
    )
    return {
        "integration": shape(c.get_integration(restApiId=api["id"], resourceId=pets["id"], httpMethod="GET"), ids),
        "put": shape(c.put_rest_api(restApiId=api["id"], mode="overwrite", body=json.dumps(document)), ids),
        "domainEndpoint": domain["endpointConfiguration"],
    }


SCENARIOS = {f.__name__: f for f in [empty_strings, names, endpoint_types, pointed_deployments, stage_settings, plan_stages, limits, defaults]}

if __name__ == "__main__":
    url, scenario, account = sys.argv[1], sys.argv[2], sys.argv[3]
    print(json.dumps(SCENARIOS[scenario](client(url, account)), default=str))
