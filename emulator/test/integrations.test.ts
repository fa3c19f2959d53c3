import { describe, expect, it } from "vitest";
import {
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  type PutIntegrationCommandInput,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const lambdaUri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:pets/invocations";

/** A fresh API with GET /pets and no integration yet. */
async function petsMethod() {
  const api = await client.send(new CreateRestApiCommand({ name: "integrations" }));
  const pets = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
  const at = { restApiId: api.id!, resourceId: pets.id!, httpMethod: "GET" };
  await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
  return at;
}

type IntegrationFields = Omit<PutIntegrationCommandInput, "restApiId" | "resourceId" | "httpMethod">;
const putIntegration = async (fields: IntegrationFields) => client.send(new PutIntegrationCommand({ ...(await petsMethod()), ...fields }));
const badRequest = (message: string) => ({ name: "BadRequestException", status: 400, message });

describe("PutIntegration and GetIntegration", () => {
  it("creates a MOCK integration with AWS's defaults and no backend", async () => {
    const at = await petsMethod();
    const put = await client.send(
      new PutIntegrationCommand({ ...at, type: "MOCK", integrationHttpMethod: "POST", uri: "https://ignored.example", requestTemplates: { "application/json": '{"statusCode": 200}' } }),
    );
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put).toMatchObject({
      type: "MOCK",
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
      cacheNamespace: at.resourceId,
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    expect(put.uri).toBeUndefined();
    expect(put.httpMethod).toBeUndefined();
    expect((await client.send(new GetIntegrationCommand(at))).type).toBe("MOCK");
    expect((await client.send(new GetMethodCommand(at))).methodIntegration?.type).toBe("MOCK");
  });

  it("creates HTTP and HTTP_PROXY integrations with a verb and an http(s) URI", async () => {
    const http = await putIntegration({ type: "HTTP", integrationHttpMethod: "GET", uri: "https://example.com/pets", timeoutInMillis: 5000 });
    expect(http).toMatchObject({ type: "HTTP", httpMethod: "GET", uri: "https://example.com/pets", connectionType: "INTERNET", timeoutInMillis: 5000 });
    const proxy = await putIntegration({ type: "HTTP_PROXY", integrationHttpMethod: "ANY", uri: "http://${stageVariables.host}/{proxy}", responseTransferMode: "STREAM" });
    expect(proxy).toMatchObject({ type: "HTTP_PROXY", httpMethod: "ANY", responseTransferMode: "STREAM" });
  });

  it("requires a verb and a valid URI for HTTP integrations", async () => {
    expect(await expectAwsError(putIntegration({ type: "HTTP" }))).toEqual(badRequest("Enumeration value for HttpMethod must be non-empty"));
    expect(await expectAwsError(putIntegration({ type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: "ftp://example.com" }))).toEqual(
      badRequest("Invalid HTTP endpoint specified for URI"),
    );
  });

  it("requires an API Gateway service ARN for AWS integrations and a Lambda function for AWS_PROXY", async () => {
    expect(await expectAwsError(putIntegration({ type: "AWS", integrationHttpMethod: "POST", uri: "https://sqs.amazonaws.com" }))).toEqual(
      badRequest("Invalid ARN specified in the request"),
    );
    expect(await expectAwsError(putIntegration({ type: "AWS", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:sqs:queue" }))).toEqual(
      badRequest("AWS ARN for integration must contain path or action"),
    );
    const s3 = "arn:aws:apigateway:us-east-1:s3:path/bucket/key";
    expect(await putIntegration({ type: "AWS", integrationHttpMethod: "GET", uri: s3 })).toMatchObject({ type: "AWS", uri: s3 });
    expect(await expectAwsError(putIntegration({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: s3 }))).toEqual(
      badRequest("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations."),
    );
    expect(await expectAwsError(putIntegration({ type: "AWS_PROXY", integrationHttpMethod: "GET", uri: lambdaUri }))).toEqual(
      badRequest("Integrations of type 'AWS_PROXY' must use POST as the integration HTTP method"),
    );
    expect(await putIntegration({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri })).toMatchObject({ type: "AWS_PROXY", httpMethod: "POST" });
  });

  it("keeps the timeout between 50 and 29000 ms", async () => {
    const error = await expectAwsError(putIntegration({ type: "MOCK", timeoutInMillis: 10 }));
    expect(error).toEqual(badRequest("Timeout should be between 50 ms and 29000 ms"));
    expect(await expectAwsError(putIntegration({ type: "MOCK", timeoutInMillis: 29001 }))).toEqual(error);
  });

  it("rejects an unknown integration type with AWS's validation message", async () => {
    const error = await expectAwsError(putIntegration({ type: "LAMBDA" as never }));
    expect(error).toEqual({
      name: "ValidationException",
      status: 400,
      message:
        "1 validation error detected: Value 'LAMBDA' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
    });
  });

  it("answers NotFoundException for a missing method or integration", async () => {
    const at = await petsMethod();
    const method = await expectAwsError(client.send(new PutIntegrationCommand({ ...at, httpMethod: "POST", type: "MOCK" })));
    expect(method).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Method identifier specified" });
    const integration = await expectAwsError(client.send(new GetIntegrationCommand(at)));
    expect(integration).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Integration identifier specified" });
  });
});

describe("integration request parameter mappings", () => {
  it("maps only method request parameters the method declares", async () => {
    const at = await petsMethod();
    const undeclared = await expectAwsError(
      client.send(
        new PutIntegrationCommand({
          ...at,
          type: "HTTP",
          integrationHttpMethod: "GET",
          uri: "https://example.com/{id}",
          requestParameters: { "integration.request.path.id": "method.request.path.id" },
        }),
      ),
    );
    expect(undeclared).toEqual(
      badRequest("Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.path.id]"),
    );
    await client.send(new UpdateMethodCommand({ ...at, patchOperations: [{ op: "add", path: "/requestParameters/method.request.path.id", value: "true" }] }));
    const mapped = await client.send(
      new PutIntegrationCommand({
        ...at,
        type: "HTTP",
        integrationHttpMethod: "GET",
        uri: "https://example.com/{id}",
        requestParameters: { "integration.request.path.id": "method.request.path.id", "integration.request.header.x-source": "'archway'" },
      }),
    );
    expect(mapped.requestParameters).toEqual({ "integration.request.path.id": "method.request.path.id", "integration.request.header.x-source": "'archway'" });
  });
});

describe("UpdateIntegration and DeleteIntegration", () => {
  it("applies patch paths and checks the result as PutIntegration does", async () => {
    const at = await petsMethod();
    await client.send(new PutIntegrationCommand({ ...at, type: "HTTP", integrationHttpMethod: "GET", uri: "https://example.com" }));
    const updated = await client.send(
      new UpdateIntegrationCommand({
        ...at,
        patchOperations: [
          { op: "replace", path: "/timeoutInMillis", value: "1000" },
          { op: "add", path: "/requestTemplates/application~1json", value: "$input.body" },
          { op: "add", path: "/cacheKeyParameters/method.request.querystring.page", value: "" },
          { op: "replace", path: "/uri", value: "https://example.com/v2" },
        ],
      }),
    );
    expect(updated).toMatchObject({
      timeoutInMillis: 1000,
      requestTemplates: { "application/json": "$input.body" },
      cacheKeyParameters: ["method.request.querystring.page"],
      uri: "https://example.com/v2",
    });
    const tooLong = await expectAwsError(
      client.send(new UpdateIntegrationCommand({ ...at, patchOperations: [{ op: "replace", path: "/timeoutInMillis", value: "30000" }] })),
    );
    expect(tooLong).toEqual(badRequest("Timeout should be between 50 ms and 29000 ms"));
    const badPath = await expectAwsError(client.send(new UpdateIntegrationCommand({ ...at, patchOperations: [{ op: "replace", path: "/nope", value: "x" }] })));
    expect(badPath).toEqual(badRequest("Invalid patch path /nope"));
  });

  it("deletes an integration with 204", async () => {
    const at = await petsMethod();
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK" }));
    expect((await client.send(new DeleteIntegrationCommand(at))).$metadata.httpStatusCode).toBe(204);
    const error = await expectAwsError(client.send(new GetIntegrationCommand(at)));
    expect(error).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Integration identifier specified" });
  });
});

describe("integration responses", () => {
  it("needs an integration, but not yet a method response for the status", async () => {
    const at = await petsMethod();
    const noIntegration = await expectAwsError(client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200" })));
    expect(noIntegration).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Integration identifier specified" });
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK" }));
    const early = await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200" }));
    expect(early.$metadata.httpStatusCode).toBe(201);
    expect(early.statusCode).toBe("200");
  });

  it("puts, updates and deletes an integration response mapping declared headers only", async () => {
    const at = await petsMethod();
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK" }));
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200", responseParameters: { "method.response.header.X-Id": false } }));
    const undeclared = await expectAwsError(
      client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseParameters: { "method.response.header.X-Other": "'a'" } })),
    );
    expect(undeclared).toEqual(
      badRequest("Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.X-Other]"),
    );
    const put = await client.send(
      new PutIntegrationResponseCommand({
        ...at,
        statusCode: "200",
        selectionPattern: "",
        responseParameters: { "method.response.header.X-Id": "'42'" },
        responseTemplates: { "application/json": '{"ok": true}' },
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put).toMatchObject({ statusCode: "200", selectionPattern: "", responseParameters: { "method.response.header.X-Id": "'42'" } });
    const updated = await client.send(
      new UpdateIntegrationResponseCommand({ ...at, statusCode: "200", patchOperations: [{ op: "replace", path: "/selectionPattern", value: "2\\d{2}" }] }),
    );
    expect(updated.selectionPattern).toBe("2\\d{2}");
    const badHandling = await expectAwsError(
      client.send(new UpdateIntegrationResponseCommand({ ...at, statusCode: "200", patchOperations: [{ op: "replace", path: "/contentHandling", value: "CONVERT_TO_XML" }] })),
    );
    expect(badHandling).toEqual(badRequest("Invalid content handling specified: CONVERT_TO_XML"));
    expect((await client.send(new GetIntegrationResponseCommand({ ...at, statusCode: "200" }))).selectionPattern).toBe("2\\d{2}");
    expect((await client.send(new DeleteIntegrationResponseCommand({ ...at, statusCode: "200" }))).$metadata.httpStatusCode).toBe(204);
    const gone = await expectAwsError(client.send(new GetIntegrationResponseCommand({ ...at, statusCode: "200" })));
    expect(gone).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Response status code specified" });
  });
});
