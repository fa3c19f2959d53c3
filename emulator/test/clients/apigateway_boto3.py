"""API Gateway scenarios through boto3 against the Archway sandbox.

Usage: python3 apigateway_boto3.py <endpoint-url> <scenario> <account-id>
Prints one JSON object of what boto3 saw (statuses, shapes, botocore error codes); the vitest file
emulator/test/cross-client-apigateway.test.ts asserts on it. Each scenario runs in its own account
(a 12-digit access key), so scenarios never see each other's APIs.
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
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def status(response):
    return response["ResponseMetadata"]["HTTPStatusCode"]


def failure(call, **kwargs):
    """What botocore reports for a call that must fail: modeled class, code, status, message."""
    try:
        call(**kwargs)
    except ClientError as error:
        return {
            "class": type(error).__name__,
            "code": error.response["Error"]["Code"],
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            "message": error.response["Error"]["Message"],
        }
    return {"class": None, "code": "call succeeded"}


def new_api(c, name):
    return c.create_rest_api(name=name, endpointConfiguration={"types": ["REGIONAL"]})


def rest_apis(c):
    api = c.create_rest_api(name="pets", description="pet store", endpointConfiguration={"types": ["REGIONAL"]}, tags={"team": "a"})
    api_id = api["id"]
    got = c.get_rest_api(restApiId=api_id)
    updated = c.update_rest_api(
        restApiId=api_id,
        patchOperations=[{"op": "replace", "path": "/name", "value": "cats"}, {"op": "replace", "path": "/description", "value": "cat store"}],
    )
    listed = [item["id"] for item in c.get_rest_apis()["items"]]
    deleted = c.delete_rest_api(restApiId=api_id)
    return {
        "createStatus": status(api),
        "id": api_id,
        "name": api["name"],
        "createdDateIsDatetime": isinstance(api["createdDate"], datetime.datetime),
        "types": api["endpointConfiguration"]["types"],
        "tags": api.get("tags"),
        "apiKeySource": api.get("apiKeySource"),
        "getName": got["name"],
        "getRoot": got["rootResourceId"] == api["rootResourceId"],
        "updated": {"name": updated["name"], "description": updated["description"]},
        "listed": listed,
        "deleteStatus": status(deleted),
        "afterDelete": failure(c.get_rest_api, restApiId=api_id),
    }


def pagination(c):
    created = [new_api(c, "page-%d" % i)["id"] for i in range(7)]
    first = c.get_rest_apis(limit=3)
    paginator = c.get_paginator("get_rest_apis")
    pages = [[item["id"] for item in page["items"]] for page in paginator.paginate(PaginationConfig={"PageSize": 3})]
    limited = paginator.paginate(PaginationConfig={"MaxItems": 5, "PageSize": 2}).build_full_result()
    rest = paginator.paginate(PaginationConfig={"StartingToken": limited["NextToken"], "PageSize": 2}).build_full_result()
    api = new_api(c, "many-resources")
    for i in range(12):
        c.create_resource(restApiId=api["id"], parentId=api["rootResourceId"], pathPart="r%02d" % i)
    resource_pages = c.get_paginator("get_resources").paginate(restApiId=api["id"], PaginationConfig={"PageSize": 5})
    return {
        "created": created,
        "firstPage": {"count": len(first["items"]), "hasPosition": "position" in first},
        "pages": pages,
        "limited": [item["id"] for item in limited["items"]],
        "limitedHasToken": "NextToken" in limited,
        "rest": [item["id"] for item in rest["items"]],
        "resourcePageSizes": [len(page["items"]) for page in resource_pages],
        "tooLarge": failure(c.get_rest_apis, limit=501),
    }


def resources(c):
    api = new_api(c, "tree")
    api_id, root = api["id"], api["rootResourceId"]
    pets = c.create_resource(restApiId=api_id, parentId=root, pathPart="pets")
    pet = c.create_resource(restApiId=api_id, parentId=pets["id"], pathPart="{petId}")
    renamed = c.update_resource(restApiId=api_id, resourceId=pets["id"], patchOperations=[{"op": "replace", "path": "/pathPart", "value": "animals"}])
    child = c.get_resource(restApiId=api_id, resourceId=pet["id"])
    result = {
        "createStatus": status(pets),
        "petPath": pet["path"],
        "renamedPath": renamed["path"],
        "childPathAfterRename": child["path"],
        "duplicate": failure(c.create_resource, restApiId=api_id, parentId=root, pathPart="animals"),
        "badPathPart": failure(c.create_resource, restApiId=api_id, parentId=root, pathPart="a b"),
        "unknownParent": failure(c.create_resource, restApiId=api_id, parentId="nope123456", pathPart="x"),
        "unknownResource": failure(c.get_resource, restApiId=api_id, resourceId="nope123456"),
        "deleteRoot": failure(c.delete_resource, restApiId=api_id, resourceId=root),
    }
    result["deleteStatus"] = status(c.delete_resource(restApiId=api_id, resourceId=pets["id"]))
    result["pathsAfterDelete"] = sorted(item["path"] for item in c.get_resources(restApiId=api_id)["items"])
    return result


def errors(c):
    api = new_api(c, "errors")
    c.create_rest_api(name="pinned", tags={"_custom_id_": "pinnedapi"})
    return {
        "notFound": failure(c.get_rest_api, restApiId="nope123456"),
        "badPatchPath": failure(c.update_rest_api, restApiId=api["id"], patchOperations=[{"op": "replace", "path": "/nonsense", "value": "x"}]),
        "conflict": failure(c.create_rest_api, name="again", tags={"_custom_id_": "pinnedapi"}),
        "deleteUnknown": failure(c.delete_rest_api, restApiId="nope123456"),
    }


def method_at(api_id, resource_id):
    return {"restApiId": api_id, "resourceId": resource_id, "httpMethod": "GET"}


def build_mock_api(c, name):
    """An API with GET /pets served by a MOCK integration answering 200."""
    api = new_api(c, name)
    pets = c.create_resource(restApiId=api["id"], parentId=api["rootResourceId"], pathPart="pets")
    at = method_at(api["id"], pets["id"])
    c.put_method(authorizationType="NONE", **at)
    c.put_method_response(statusCode="200", responseModels={"application/json": "Empty"}, **at)
    c.put_integration(type="MOCK", requestTemplates={"application/json": '{"statusCode": 200}'}, **at)
    c.put_integration_response(statusCode="200", responseTemplates={"application/json": '{"ok": true}'}, **at)
    return api, pets, at


def methods(c):
    api, pets, at = build_mock_api(c, "methods")
    method = c.get_method(**at)
    updated = c.update_method(patchOperations=[{"op": "replace", "path": "/operationName", "value": "ListPets"}], **at)
    integration = c.update_integration(
        patchOperations=[{"op": "replace", "path": "/requestTemplates/application~1json", "value": '{"statusCode": 201}'}], **at
    )
    embedded = c.get_resources(restApiId=api["id"], embed=["methods"])["items"]
    plain = c.get_resources(restApiId=api["id"])["items"]
    result = {
        "method": {
            "httpMethod": method["httpMethod"],
            "authorizationType": method["authorizationType"],
            "integrationType": method["methodIntegration"]["type"],
            "methodResponses": sorted(method["methodResponses"].keys()),
            "integrationResponses": sorted(method["methodIntegration"]["integrationResponses"].keys()),
        },
        "operationName": updated.get("operationName"),
        "requestTemplate": integration["requestTemplates"]["application/json"],
        "embeddedIntegration": [r["resourceMethods"]["GET"].get("methodIntegration", {}).get("type") for r in embedded if r["path"] == "/pets"],
        "plainMethods": [r["resourceMethods"] for r in plain if r["path"] == "/pets"],
        "duplicate": failure(c.put_method, authorizationType="NONE", **at),
    }
    result["deleteStatus"] = status(c.delete_method(**at))
    result["afterDelete"] = failure(c.get_method, **at)
    return result


def stages(c):
    api, _, _ = build_mock_api(c, "stages")
    api_id = api["id"]
    deployment = c.create_deployment(restApiId=api_id, stageName="dev", variables={"color": "blue"}, description="first")
    stage = c.get_stage(restApiId=api_id, stageName="dev")
    updated = c.update_stage(
        restApiId=api_id,
        stageName="dev",
        patchOperations=[
            {"op": "replace", "path": "/variables/size", "value": "large"},
            {"op": "remove", "path": "/variables/color"},
            {"op": "replace", "path": "/description", "value": "development"},
            {"op": "replace", "path": "/tracingEnabled", "value": "true"},
            {"op": "replace", "path": "/*/*/throttling/rateLimit", "value": "100"},
            {"op": "replace", "path": "/*/*/throttling/burstLimit", "value": "200"},
            {"op": "replace", "path": "/*/*/metrics/enabled", "value": "true"},
        ],
    )
    second = c.create_deployment(restApiId=api_id, description="second")
    prod = c.create_stage(restApiId=api_id, stageName="prod", deploymentId=second["id"])
    deployments = [d["id"] for page in c.get_paginator("get_deployments").paginate(restApiId=api_id, PaginationConfig={"PageSize": 1}) for d in page["items"]]
    settings = updated["methodSettings"]["*/*"]
    result = {
        "deploymentStatus": status(deployment),
        "stageDeployment": stage["deploymentId"] == deployment["id"],
        "stageVariables": stage.get("variables"),
        "updated": {
            "variables": updated.get("variables"),
            "description": updated.get("description"),
            "tracingEnabled": updated.get("tracingEnabled"),
            "rateLimit": settings.get("throttlingRateLimit"),
            "burstLimit": settings.get("throttlingBurstLimit"),
            "metricsEnabled": settings.get("metricsEnabled"),
        },
        "badPatchPath": failure(c.update_stage, restApiId=api_id, stageName="dev", patchOperations=[{"op": "replace", "path": "/nonsense", "value": "x"}]),
        "prodStatus": status(prod),
        "stageNames": sorted(s["stageName"] for s in c.get_stages(restApiId=api_id)["item"]),
        "deployments": sorted(deployments) == sorted([deployment["id"], second["id"]]),
        "duplicateStage": failure(c.create_stage, restApiId=api_id, stageName="prod", deploymentId=second["id"]),
        "deleteUsedDeployment": failure(c.delete_deployment, restApiId=api_id, deploymentId=second["id"]),
    }
    result["deleteStageStatus"] = status(c.delete_stage(restApiId=api_id, stageName="prod"))
    result["afterDelete"] = failure(c.get_stage, restApiId=api_id, stageName="prod")
    return result


def export(c):
    api, _, _ = build_mock_api(c, "exported")
    c.create_deployment(restApiId=api["id"], stageName="v1")
    oas = c.get_export(restApiId=api["id"], stageName="v1", exportType="oas30", accepts="application/json")
    document = json.loads(oas["body"].read())
    swagger = c.get_export(restApiId=api["id"], stageName="v1", exportType="swagger", accepts="application/yaml")
    return {
        "oasContentType": oas["contentType"],
        "openapi": document.get("openapi"),
        "paths": sorted(document.get("paths", {}).keys()),
        "swaggerContentType": swagger["contentType"],
        "swaggerStartsWith": swagger["body"].read().decode("utf-8").lstrip()[:8],
        "missingStage": failure(c.get_export, restApiId=api["id"], stageName="nope", exportType="oas30"),
    }


SCENARIOS = {f.__name__: f for f in [rest_apis, pagination, resources, errors, methods, stages, export]}

if __name__ == "__main__":
    url, scenario, account = sys.argv[1], sys.argv[2], sys.argv[3]
    print(json.dumps(SCENARIOS[scenario](client(url, account)), default=str))
