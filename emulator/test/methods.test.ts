import { describe, expect, it } from "vitest";
import {
  CreateAuthorizerCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetResourceCommand,
  GetRestApiCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const lambdaUri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations";

/** A fresh API with a /pets resource. */
async function petsApi() {
  const api = await client.send(new CreateRestApiCommand({ name: "methods" }));
  const pets = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
  return { restApiId: api.id!, resourceId: pets.id!, rootResourceId: api.rootResourceId! };
}

describe("PutMethod and GetMethod", () => {
  it("creates a method with AWS's defaults and embeds it in its resource", async () => {
    const at = await petsApi();
    const put = await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put).toMatchObject({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
    expect(put.methodResponses).toBeUndefined();
    const got = await client.send(new GetMethodCommand({ ...at, httpMethod: "GET" }));
    expect(got).toMatchObject({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
    const resource = await client.send(new GetResourceCommand({ ...at, embed: ["methods"] }));
    expect(Object.keys(resource.resourceMethods ?? {})).toEqual(["GET"]);
  });

  it("keeps request parameters, models, operation name and API key requirement", async () => {
    const at = await petsApi();
    const method = await client.send(
      new PutMethodCommand({
        ...at,
        httpMethod: "POST",
        authorizationType: "AWS_IAM",
        apiKeyRequired: true,
        operationName: "CreatePet",
        requestParameters: { "method.request.querystring.type": true, "method.request.header.x-trace": false },
        requestModels: { "application/json": "Empty" },
      }),
    );
    expect(method).toMatchObject({
      authorizationType: "AWS_IAM",
      apiKeyRequired: true,
      operationName: "CreatePet",
      requestParameters: { "method.request.querystring.type": true, "method.request.header.x-trace": false },
      requestModels: { "application/json": "Empty" },
    });
  });

  it("accepts ANY and rejects a verb API Gateway does not know", async () => {
    const at = await petsApi();
    expect((await client.send(new PutMethodCommand({ ...at, httpMethod: "ANY", authorizationType: "NONE" }))).httpMethod).toBe("ANY");
    const error = await expectAwsError(client.send(new PutMethodCommand({ ...at, httpMethod: "FETCH", authorizationType: "NONE" })));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY" });
  });

  it("answers ConflictException for a second PutMethod on the same verb", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    const error = await expectAwsError(client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" })));
    expect(error).toEqual({ name: "ConflictException", status: 409, message: "Method already exists for this resource" });
  });

  it("requires an authorization type and rejects an unknown one", async () => {
    const at = await petsApi();
    const missing = await expectAwsError(client.send(new PutMethodCommand({ ...at, httpMethod: "GET" } as never)));
    expect(missing).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value null at 'putMethodInput.authorizationType' failed to satisfy constraint: Member must not be null",
    });
    const error = await expectAwsError(client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "OAUTH" })));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Invalid authorization type specified. Valid options are NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS" });
  });

  it("needs an existing authorizer of the matching kind for CUSTOM and COGNITO_USER_POOLS", async () => {
    const at = await petsApi();
    const message = "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.";
    const missing = await expectAwsError(client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "CUSTOM" })));
    expect(missing).toEqual({ name: "BadRequestException", status: 400, message });
    const token = await client.send(
      new CreateAuthorizerCommand({ restApiId: at.restApiId, name: "tok", type: "TOKEN", authorizerUri: lambdaUri, identitySource: "method.request.header.Authorization" }),
    );
    const wrongKind = await expectAwsError(
      client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "COGNITO_USER_POOLS", authorizerId: token.id })),
    );
    expect(wrongKind).toEqual({ name: "BadRequestException", status: 400, message });
    const method = await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: token.id }));
    expect(method).toMatchObject({ authorizationType: "CUSTOM", authorizerId: token.id });
  });

  it("rejects a request model or request validator the API does not have", async () => {
    const at = await petsApi();
    const model = await expectAwsError(
      client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE", requestModels: { "application/json": "Pet" } })),
    );
    expect(model).toEqual({ name: "BadRequestException", status: 400, message: "Invalid model identifier specified: Pet" });
    const validator = await expectAwsError(
      client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE", requestValidatorId: "nope12" })),
    );
    expect(validator).toEqual({ name: "BadRequestException", status: 400, message: "Invalid Request Validator identifier specified" });
  });

  it("rejects the same parameter name in two locations", async () => {
    const at = await petsApi();
    const error = await expectAwsError(
      client.send(
        new PutMethodCommand({
          ...at,
          httpMethod: "GET",
          authorizationType: "NONE",
          requestParameters: { "method.request.querystring.id": true, "method.request.header.id": false },
        }),
      ),
    );
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Parameter names must be unique across querystring, header and path" });
  });

  it("rejects a request parameter that is not method.request.{location}.{name}", async () => {
    const at = await petsApi();
    const error = await expectAwsError(
      client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE", requestParameters: { "method.request.body.id": true } })),
    );
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Invalid method request parameter specified: method.request.body.id" });
  });

  it("answers NotFoundException for a missing method or resource", async () => {
    const at = await petsApi();
    const method = await expectAwsError(client.send(new GetMethodCommand({ ...at, httpMethod: "GET" })));
    expect(method).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Method identifier specified" });
    const resource = await expectAwsError(client.send(new PutMethodCommand({ ...at, resourceId: "nope123456", httpMethod: "GET", authorizationType: "NONE" })));
    expect(resource).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Resource identifier specified" });
  });
});

describe("UpdateMethod and DeleteMethod", () => {
  it("applies the method patch paths", async () => {
    const at = await petsApi();
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId: at.restApiId, name: "all", validateRequestBody: true }));
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    const updated = await client.send(
      new UpdateMethodCommand({
        ...at,
        httpMethod: "GET",
        patchOperations: [
          { op: "replace", path: "/apiKeyRequired", value: "true" },
          { op: "replace", path: "/operationName", value: "ListPets" },
          { op: "add", path: "/requestParameters/method.request.querystring.page", value: "true" },
          { op: "add", path: "/requestModels/application~1json", value: "Error" },
          { op: "replace", path: "/requestValidatorId", value: validator.id },
          { op: "add", path: "/authorizationScopes", value: "pets/read" },
        ],
      }),
    );
    expect(updated).toMatchObject({
      apiKeyRequired: true,
      operationName: "ListPets",
      requestParameters: { "method.request.querystring.page": true },
      requestModels: { "application/json": "Error" },
      requestValidatorId: validator.id,
      authorizationScopes: ["pets/read"],
    });
    const cleared = await client.send(
      new UpdateMethodCommand({
        ...at,
        httpMethod: "GET",
        patchOperations: [
          { op: "remove", path: "/requestParameters/method.request.querystring.page" },
          { op: "replace", path: "/requestValidatorId", value: "" },
        ],
      }),
    );
    expect(cleared.requestParameters).toBeUndefined();
    expect(cleared.requestValidatorId).toBeUndefined();
  });

  it("switches to CUSTOM when the same call names an authorizer, and refuses it otherwise", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    const refused = await expectAwsError(
      client.send(new UpdateMethodCommand({ ...at, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/authorizationType", value: "CUSTOM" }] })),
    );
    expect(refused).toMatchObject({ name: "BadRequestException", status: 400 });
    expect(refused.message).toMatch(/^Invalid authorizer ID specified/);
    const authorizer = await client.send(
      new CreateAuthorizerCommand({ restApiId: at.restApiId, name: "req", type: "REQUEST", authorizerUri: lambdaUri, identitySource: "method.request.header.x-key" }),
    );
    const custom = await client.send(
      new UpdateMethodCommand({
        ...at,
        httpMethod: "GET",
        patchOperations: [
          { op: "replace", path: "/authorizationType", value: "CUSTOM" },
          { op: "replace", path: "/authorizerId", value: authorizer.id },
        ],
      }),
    );
    expect(custom).toMatchObject({ authorizationType: "CUSTOM", authorizerId: authorizer.id });
  });

  it("rejects unknown patch paths, unsupported ops and unknown models", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    const update = (op: "add" | "replace", path: string, value: string) =>
      expectAwsError(client.send(new UpdateMethodCommand({ ...at, httpMethod: "GET", patchOperations: [{ op, path, value }] })));
    expect(await update("replace", "/httpMethod", "POST")).toEqual({ name: "BadRequestException", status: 400, message: "Invalid patch path /httpMethod" });
    expect(await update("add", "/apiKeyRequired", "true")).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Invalid patch operation specified. Must be one of: [replace]",
    });
    expect(await update("add", "/requestModels/application~1json", "Pet")).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Invalid model identifier specified: Pet",
    });
    expect(await update("add", "/authorizationScopes", "")).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Invalid null or empty value in authorizationScopes",
    });
    const unchanged = await client.send(new GetMethodCommand({ ...at, httpMethod: "GET" }));
    expect(unchanged.requestModels).toBeUndefined();
  });

  it("deletes a method with 204, after which it is gone", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    const deleted = await client.send(new DeleteMethodCommand({ ...at, httpMethod: "GET" }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const error = await expectAwsError(client.send(new GetMethodCommand({ ...at, httpMethod: "GET" })));
    expect(error).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Method identifier specified" });
    const again = await expectAwsError(client.send(new DeleteMethodCommand({ ...at, httpMethod: "GET" })));
    expect(again).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Method identifier specified" });
  });

  it("lets DeleteResource and DeleteRestApi remove resources that hold methods", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    await client.send(new PutMethodCommand({ ...at, resourceId: at.rootResourceId, httpMethod: "GET", authorizationType: "NONE" }));
    await client.send(new DeleteResourceCommand({ restApiId: at.restApiId, resourceId: at.resourceId }));
    const method = await expectAwsError(client.send(new GetMethodCommand({ ...at, httpMethod: "GET" })));
    expect(method).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Resource identifier specified" });
    const deleted = await client.send(new DeleteRestApiCommand({ restApiId: at.restApiId }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    const api = await expectAwsError(client.send(new GetRestApiCommand({ restApiId: at.restApiId })));
    expect(api.name).toBe("NotFoundException");
  });
});

describe("method responses", () => {
  it("puts, reads, updates and deletes a method response", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    const put = await client.send(
      new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200", responseModels: { "application/json": "Empty" } }),
    );
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put).toMatchObject({ statusCode: "200", responseModels: { "application/json": "Empty" } });
    const updated = await client.send(
      new UpdateMethodResponseCommand({
        ...at,
        httpMethod: "GET",
        statusCode: "200",
        patchOperations: [{ op: "add", path: "/responseParameters/method.response.header.X-Total", value: "true" }],
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(201);
    expect(updated.responseParameters).toEqual({ "method.response.header.X-Total": true });
    const got = await client.send(new GetMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200" }));
    expect(got).toMatchObject({ statusCode: "200", responseParameters: { "method.response.header.X-Total": true } });
    expect((await client.send(new GetMethodCommand({ ...at, httpMethod: "GET" }))).methodResponses?.["200"]?.statusCode).toBe("200");
    const deleted = await client.send(new DeleteMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200" }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const gone = await expectAwsError(client.send(new GetMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200" })));
    expect(gone).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Response status code specified" });
  });

  it("replaces a response put twice and rejects a malformed status and an unknown model", async () => {
    const at = await petsApi();
    await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
    await client.send(new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200" }));
    const again = await client.send(
      new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200", responseParameters: { "method.response.header.X-Id": true } }),
    );
    expect(again.$metadata.httpStatusCode).toBe(201);
    expect(again.responseParameters).toEqual({ "method.response.header.X-Id": true });
    const malformed = await expectAwsError(client.send(new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "99" })));
    expect(malformed).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value '99' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    });
    const model = await expectAwsError(
      client.send(new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "404", responseModels: { "application/json": "Missing" } })),
    );
    expect(model).toEqual({ name: "BadRequestException", status: 400, message: "Invalid model identifier specified: Missing" });
    const header = await expectAwsError(
      client.send(new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "500", responseParameters: { "method.response.body.x": true } })),
    );
    expect(header).toEqual({ name: "BadRequestException", status: 400, message: "Invalid method response parameter specified: method.response.body.x" });
  });
});
