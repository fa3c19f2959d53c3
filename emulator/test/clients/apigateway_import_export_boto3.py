"""Import and export parity scenarios through boto3 against the Archway sandbox.

Usage: python3 apigateway_import_export_boto3.py <endpoint-url> <scenario> <account-id> [<fixture.json>]
Prints one JSON object of what boto3 saw: whole responses (ResponseMetadata, ids and dates normalised), errors as
botocore reports them, and exported documents parsed. emulator/test/aws-parity-import-export-boto3.test.ts compares
them with AWS's recorded answers.
"""

import json
import sys

import yaml

from apigateway_parity_boto3 import client, failure, shape

MALFORMED = {
    "openapi": "3.0.1",
    "info": {"title": "malformed", "version": "1"},
    "paths": {
        "/": {
            "get": {
                "responses": {"200": {"description": "ok"}},
                "x-amazon-apigateway-integration": {"type": "http", "httpMethod": "GET", "uri": {"Fn::Sub": "https://${Host}/"}},
            }
        }
    },
}

MODELS = {
    "swagger": "2.0",
    "info": {"title": "models", "version": "1"},
    "paths": {
        "/orders": {
            "post": {
                "parameters": [{"in": "body", "name": "order", "required": True, "schema": {"$ref": "#/definitions/Order"}}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Missing"}}},
            }
        }
    },
    "definitions": {},
}


def refusals(c, _fixture):
    before = len(c.get_rest_apis()["items"])
    imported = failure(c.import_rest_api, body=json.dumps(MALFORMED))
    kept = c.create_rest_api(name="kept")
    put = {mode: failure(c.put_rest_api, restApiId=kept["id"], mode=mode, body=json.dumps(MALFORMED)) for mode in ["overwrite", "merge"]}
    strict = failure(c.import_rest_api, body=json.dumps(MODELS), failOnWarnings=True)
    after = len(c.get_rest_apis()["items"])
    return {"import": imported, "put": put, "failOnWarnings": strict, "created": after - before, "keptName": c.get_rest_api(restApiId=kept["id"])["name"]}


def warnings(c, _fixture):
    uploads = {"put": {"consumes": ["multipart/form-data"], "parameters": [{"name": "file", "in": "formData", "type": "string"}], "responses": {"200": {"description": "ok"}}}}
    api = c.import_rest_api(body=json.dumps({**MODELS, "paths": {**MODELS["paths"], "/uploads": uploads}}))
    ids = {"id": api["id"], "root": api["rootResourceId"]}
    models = [model["name"] for model in c.get_models(restApiId=api["id"])["items"]]
    return {"import": shape(api, ids), "models": models}


def exports(c, fixture):
    api = c.import_rest_api(body=open(fixture).read(), failOnWarnings=True)
    c.create_deployment(restApiId=api["id"], stageName="local")
    out = {"apiId": api["id"]}
    for dialect in ["swagger", "oas30"]:
        for extensions in [None, "apigateway"]:
            parameters = {"extensions": extensions} if extensions else {}
            answer = c.get_export(restApiId=api["id"], stageName="local", exportType=dialect, parameters=parameters, accepts="application/yaml")
            body = answer.pop("body").read().decode()
            key = f"{dialect}{'+' + extensions if extensions else ''}"
            out[key] = {**shape(answer, {}), "body": yaml.safe_load(body)}
    return out


SCENARIOS = {f.__name__: f for f in [refusals, warnings, exports]}

if __name__ == "__main__":
    url, scenario, account = sys.argv[1], sys.argv[2], sys.argv[3]
    fixture = sys.argv[4] if len(sys.argv) > 4 else None
    print(json.dumps(SCENARIOS[scenario](client(url, account), fixture), default=str))
