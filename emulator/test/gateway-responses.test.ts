import { describe, expect, it } from "vitest";
import {
  CreateRestApiCommand,
  DeleteGatewayResponseCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  PutGatewayResponseCommand,
  UpdateGatewayResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const defaultTemplates = { "application/json": '{"message":$context.error.messageString}' };
const newApi = async () => (await client.send(new CreateRestApiCommand({ name: "gateway-responses" }))).id!;

describe("gateway responses", () => {
  it("lists all 21 types as defaults with AWS's status codes and template", async () => {
    const restApiId = await newApi();
    const { items = [] } = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 500 }));
    expect(items).toHaveLength(21);
    expect(items.every((item) => item.defaultResponse === true)).toBe(true);
    expect(items.every((item) => JSON.stringify(item.responseTemplates) === JSON.stringify(defaultTemplates))).toBe(true);
    const status = Object.fromEntries(items.map((item) => [item.responseType, item.statusCode]));
    expect(status).toMatchObject({ DEFAULT_4XX: undefined, DEFAULT_5XX: undefined, MISSING_AUTHENTICATION_TOKEN: "403", THROTTLED: "429", INTEGRATION_TIMEOUT: "504", UNAUTHORIZED: "401" });
  });

  it("pages GetGatewayResponses with limit and position", async () => {
    const restApiId = await newApi();
    const page = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 20 }));
    expect(page.items).toHaveLength(20);
    const rest = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 20, position: page.position }));
    expect(rest.items?.map((item) => item.responseType)).toEqual(["WAF_FILTERED"]);
  });

  it("customises a type with PutGatewayResponse", async () => {
    const restApiId = await newApi();
    const put = await client.send(
      new PutGatewayResponseCommand({
        restApiId,
        responseType: "UNAUTHORIZED",
        statusCode: "401",
        responseParameters: { "gatewayresponse.header.WWW-Authenticate": "'Bearer'" },
        responseTemplates: { "application/json": '{"error":"unauthorized"}' },
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put).toMatchObject({ responseType: "UNAUTHORIZED", statusCode: "401", defaultResponse: false });
    const got = await client.send(new GetGatewayResponseCommand({ restApiId, responseType: "UNAUTHORIZED" }));
    expect(got).toMatchObject({ defaultResponse: false, responseParameters: { "gatewayresponse.header.WWW-Authenticate": "'Bearer'" } });
  });

  it("rejects a response parameter that is not a gateway response header", async () => {
    const restApiId = await newApi();
    const error = await expectAwsError(
      client.send(new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_5XX", responseParameters: { "method.response.header.X": "'a'" } })),
    );
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Invalid gateway response parameter specified: method.response.header.X" });
  });

  it("applies a customised DEFAULT_4XX to the 4XX types that are not customised", async () => {
    const restApiId = await newApi();
    await client.send(
      new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } }),
    );
    const denied = await client.send(new GetGatewayResponseCommand({ restApiId, responseType: "ACCESS_DENIED" }));
    expect(denied).toMatchObject({ statusCode: "403", defaultResponse: true, responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } });
    const failure = await client.send(new GetGatewayResponseCommand({ restApiId, responseType: "INTEGRATION_FAILURE" }));
    expect(failure.responseParameters).toEqual({});
  });

  it("customises a type through UpdateGatewayResponse, starting from its default", async () => {
    const restApiId = await newApi();
    const updated = await client.send(
      new UpdateGatewayResponseCommand({
        restApiId,
        responseType: "THROTTLED",
        patchOperations: [
          { op: "replace", path: "/statusCode", value: "503" },
          { op: "add", path: "/responseParameters/gatewayresponse.header.Retry-After", value: "'1'" },
        ],
      }),
    );
    expect(updated).toMatchObject({ statusCode: "503", defaultResponse: false, responseTemplates: defaultTemplates });
    const bad = await expectAwsError(
      client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: "THROTTLED", patchOperations: [{ op: "replace", path: "/statusCode", value: "700" }] })),
    );
    expect(bad).toEqual({ name: "BadRequestException", status: 400, message: "Invalid status code specified" });
    const missing = await expectAwsError(
      client.send(
        new UpdateGatewayResponseCommand({
          restApiId,
          responseType: "THROTTLED",
          patchOperations: [{ op: "replace", path: "/responseParameters/gatewayresponse.header.X-Absent", value: "'a'" }],
        }),
      ),
    );
    expect(missing).toEqual({ name: "NotFoundException", status: 404, message: "Invalid parameter name specified" });
    const empty = await expectAwsError(
      client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: "THROTTLED", patchOperations: [{ op: "add", path: "/responseTemplates/text~1plain" }] })),
    );
    expect(empty).toEqual({ name: "BadRequestException", status: 400, message: "Invalid null or empty value in responseTemplates" });
  });

  it("reverts a customised type to its default on delete", async () => {
    const restApiId = await newApi();
    await client.send(new PutGatewayResponseCommand({ restApiId, responseType: "WAF_FILTERED", statusCode: "418" }));
    const deleted = await client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: "WAF_FILTERED" }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect(await client.send(new GetGatewayResponseCommand({ restApiId, responseType: "WAF_FILTERED" }))).toMatchObject({ statusCode: "403", defaultResponse: true });
    const again = await expectAwsError(client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: "WAF_FILTERED" })));
    expect(again).toEqual({ name: "NotFoundException", status: 404, message: "Gateway response type not defined on api" });
  });

  it("rejects a type API Gateway does not know", async () => {
    const restApiId = await newApi();
    const error = await expectAwsError(client.send(new GetGatewayResponseCommand({ restApiId, responseType: "TEAPOT" as never })));
    expect(error.name).toBe("ValidationException");
    expect(error.message).toMatch(/^1 validation error detected: Value 'TEAPOT' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: \[REQUEST_TOO_LARGE, /);
  });
});
