import { describe, expect, it } from "vitest";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  GetGatewayResponseCommand,
  GetIntegrationCommand,
  GetMethodCommand,
  GetModelCommand,
  GetUsagePlanKeysCommand,
  GetVpcLinkCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  UpdateAccountCommand,
  UpdateMethodResponseCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

// The error each request gets, as real AWS answered the same requests (recorded 2024-2025): the exception
// type, HTTP status and text, for validation, identifiers and patch paths.

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const account = "000000000000";
const opEnum = "Member must satisfy enum value set: [add, remove, move, test, replace, copy]";

async function petsApi() {
  const api = await client.send(new CreateRestApiCommand({ name: "parity" }));
  const pets = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
  await client.send(new PutMethodCommand({ restApiId: api.id, resourceId: pets.id, httpMethod: "GET", authorizationType: "NONE" }));
  return { restApiId: api.id!, resourceId: pets.id!, rootResourceId: api.rootResourceId! };
}

describe("model validation: ValidationException with AWS's member paths", () => {
  it("lists every bad patch op and a malformed status code, body members first", async () => {
    const at = await petsApi();
    const error = await expectAwsError(
      client.send(
        new UpdateMethodResponseCommand({
          ...at,
          httpMethod: "GET",
          statusCode: "wrong",
          patchOperations: [{ op: "wrong_op" as never, path: "/a" }],
        }),
      ),
    );
    expect(error).toEqual({
      name: "ValidationException",
      status: 400,
      message: `2 validation errors detected: Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: ${opEnum}; Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d`,
    });
  });

  it("refuses an unknown endpoint type list and IP address type together", async () => {
    const error = await expectAwsError(
      client.send(new CreateRestApiCommand({ name: "x", endpointConfiguration: { types: ["wrong" as never], ipAddressType: "wrong" as never } })),
    );
    expect(error).toEqual({
      name: "ValidationException",
      status: 400,
      message:
        "2 validation errors detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]; Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]",
    });
  });

  it("names a gateway response type outside the model by its URI member", async () => {
    const { restApiId } = await petsApi();
    const error = await expectAwsError(client.send(new GetGatewayResponseCommand({ restApiId, responseType: "FAKE_RESPONSE_TYPE" as never })));
    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe(
      "1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: [REQUEST_TOO_LARGE, RESOURCE_NOT_FOUND, AUTHORIZER_CONFIGURATION_ERROR, MISSING_AUTHENTICATION_TOKEN, BAD_REQUEST_BODY, INVALID_SIGNATURE, INVALID_API_KEY, BAD_REQUEST_PARAMETERS, AUTHORIZER_FAILURE, UNAUTHORIZED, INTEGRATION_TIMEOUT, ACCESS_DENIED, DEFAULT_4XX, DEFAULT_5XX, WAF_FILTERED, QUOTA_EXCEEDED, THROTTLED, API_CONFIGURATION_ERROR, UNSUPPORTED_MEDIA_TYPE, INTEGRATION_FAILURE, EXPIRED_TOKEN]",
    );
  });

  it("answers SerializationException for a boolean or a number where a string belongs", async () => {
    const at = await petsApi();
    const bool = await expectAwsError(
      client.send(new PutIntegrationCommand({ ...at, httpMethod: "GET", type: "MOCK", requestParameters: { "integration.request.path.id": true as never } })),
    );
    expect(bool).toEqual({ name: "SerializationException", status: 400, message: "class java.lang.Boolean can not be converted to an String" });
    await client.send(new PutIntegrationCommand({ ...at, httpMethod: "GET", type: "MOCK" }));
    const number = await expectAwsError(
      client.send(new PutIntegrationResponseCommand({ ...at, httpMethod: "GET", statusCode: "200", responseTemplates: { "application/json": 123 as never } })),
    );
    expect(number).toEqual({
      name: "SerializationException",
      status: 400,
      message: "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String",
    });
  });

  it("refuses an empty description and the endpoint combinations AWS refuses", async () => {
    const cases: [ConstructorParameters<typeof CreateRestApiCommand>[0], string][] = [
      [{ name: "x", description: "" }, "Description cannot be an empty string"],
      [{ name: "x", endpointConfiguration: { types: [] } }, "REGIONAL Configuration and EDGE Configuration cannot be both DISABLED."],
      [{ name: "x", endpointConfiguration: { types: ["EDGE", "REGIONAL"] } }, "Cannot create an api with multiple Endpoint Types."],
      [{ name: "x", endpointConfiguration: { types: ["PRIVATE"], ipAddressType: "ipv4" } }, "Only dualstack ipAddressType is supported for Private APIs."],
    ];
    for (const [input, message] of cases) {
      expect(await expectAwsError(client.send(new CreateRestApiCommand(input)))).toEqual({ name: "BadRequestException", status: 400, message });
    }
  });
});

describe("which identifier an error names", () => {
  it("names the resource for methods and integrations under an unknown API", async () => {
    const at = { restApiId: "nope123456", resourceId: "abc123", httpMethod: "GET" };
    const notFound = { name: "NotFoundException", status: 404, message: "Invalid Resource identifier specified" };
    expect(await expectAwsError(client.send(new GetMethodCommand(at)))).toEqual(notFound);
    expect(await expectAwsError(client.send(new GetIntegrationCommand(at)))).toEqual(notFound);
    expect(await expectAwsError(client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200" })))).toEqual(notFound);
  });

  it("names the model, the REST API, the plan and the VPC link as AWS does", async () => {
    const missingModel = await expectAwsError(client.send(new GetModelCommand({ restApiId: "nope123456", modelName: "MySchema" })));
    expect(missingModel).toEqual({ name: "NotFoundException", status: 404, message: "Invalid model name specified: MySchema" });
    const validator = await expectAwsError(client.send(new CreateRequestValidatorCommand({ restApiId: "nope123456", name: "v" })));
    expect(validator).toEqual({ name: "BadRequestException", status: 400, message: "Invalid REST API identifier specified" });
    const authorizer = await expectAwsError(client.send(new CreateAuthorizerCommand({ restApiId: "nope123456", name: "a", type: "TOKEN" })));
    expect(authorizer).toEqual({
      name: "ConflictException",
      status: 409,
      message: "Unable to complete operation due to concurrent modification. Please try again later.",
    });
    const keys = await client.send(new GetUsagePlanKeysCommand({ usagePlanId: "noplan" }));
    expect(keys.$metadata.httpStatusCode).toBe(200);
    expect(keys.items ?? []).toEqual([]);
    const link = await expectAwsError(client.send(new GetVpcLinkCommand({ vpcLinkId: "nolink" })));
    expect(link).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Vpc Link identifier specified" });
    const model = await expectAwsError(client.send(new CreateModelCommand({ restApiId: "nope123456", name: "M", contentType: "application/json" })));
    expect(model).toEqual({ name: "NotFoundException", status: 404, message: `Invalid API identifier specified ${account}:nope123456` });
  });
});

describe("patch path errors", () => {
  it("lists a resource's patchable paths and refuses other ops and root changes", async () => {
    const at = await petsApi();
    const patch = (resourceId: string, op: "add" | "replace" | "remove", path: string, value?: string) =>
      expectAwsError(client.send(new UpdateResourceCommand({ restApiId: at.restApiId, resourceId, patchOperations: [{ op, path, value }] })));
    expect(await patch(at.resourceId, "replace", "/invalid", "x")).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: [/parentId, /pathPart]",
    });
    expect((await patch(at.resourceId, "remove", "/pathPart")).message).toBe("Invalid patch path  '/pathPart' specified for op 'remove'. Please choose supported operations");
    expect((await patch(at.rootResourceId, "replace", "/pathPart", "x")).message).toBe("Root resource cannot update its pathPart.");
    const child = await client.send(new CreateResourceCommand({ restApiId: at.restApiId, parentId: at.resourceId, pathPart: "toys" }));
    expect((await patch(at.resourceId, "replace", "/parentId", child.id)).message).toBe("Resources cannot be cyclical.");
  });

  it("words UpdateStage's path errors as AWS does and accepts add on access log settings", async () => {
    const { restApiId, resourceId } = await petsApi();
    await client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: "GET", type: "MOCK" }));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const patch = (patchOperations: { op: "add" | "replace" | "remove"; path: string; value?: string }[]) =>
      client.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations }));
    const unknown = await expectAwsError(patch([{ op: "replace", path: "/nonsense", value: "x" }]));
    expect(unknown.message).toMatch(/^Invalid method setting path: \/nonsense\. Must be one of: \[\/deploymentId, .*, \/variables\/\{variable_name\}, \/tracingEnabled\]$/);
    const removed = await expectAwsError(patch([{ op: "remove", path: "/*/*" }]));
    expect(removed).toEqual({ name: "BadRequestException", status: 400, message: "Cannot remove method setting */* because there is no method setting for this method " });
    const role = "arn:aws:iam::000000000000:role/apigw-logs";
    await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: role }] }));
    const logs = await patch([{ op: "add", path: "/accessLogSettings/destinationArn", value: "arn:aws:logs:us-east-1:000000000000:log-group:access" }]);
    expect(logs.accessLogSettings?.destinationArn).toBe("arn:aws:logs:us-east-1:000000000000:log-group:access");
    const canary = await expectAwsError(patch([{ op: "replace", path: "/canarySettings/deploymentId", value: "nodeploy" }]));
    expect(canary).toEqual({ name: "BadRequestException", status: 400, message: "Deployment id does not exist" });
  });

  it("refuses a switch to ipv4 on a private API and an unknown endpoint type", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "private", endpointConfiguration: { types: ["PRIVATE"] } }));
    const patch = (path: string, value: string) =>
      expectAwsError(client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path, value }] })));
    expect((await patch("/endpointConfiguration/ipAddressType", "ipv4")).message).toBe("Only dualstack ipAddressType is supported for Private APIs.");
    expect((await patch("/endpointConfiguration/ipAddressType", "ipv6")).message).toBe("ipAddressType must be either ipv4 or dualstack.");
    expect((await patch("/endpointConfiguration/types/PRIVATE", "LOCAL")).message).toBe("Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE");
  });

  it("refuses a quota period outside the model before the plan's own checks", async () => {
    const error = await expectAwsError(client.send(new CreateUsagePlanCommand({ name: "q", quota: { limit: 1, period: "YEAR" as never } })));
    expect(error.name).toBe("ValidationException");
  });
});

