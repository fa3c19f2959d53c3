import { describe, expect, it } from "vitest";
import {
  CreateAuthorizerCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteAuthorizerCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  PutMethodCommand,
  UpdateAuthorizerCommand,
  type CreateAuthorizerCommandInput,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const lambdaUri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations";
const poolArn = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc123";
const token = { name: "token", type: "TOKEN", authorizerUri: lambdaUri, identitySource: "method.request.header.Authorization" } as const;
const newApi = async () => (await client.send(new CreateRestApiCommand({ name: "authorizers" }))).id!;
const create = async (fields: Omit<CreateAuthorizerCommandInput, "restApiId">, restApiId?: string) =>
  client.send(new CreateAuthorizerCommand({ restApiId: restApiId ?? (await newApi()), ...fields }));
const badRequest = (message: string) => ({ name: "BadRequestException", status: 400, message });

describe("CreateAuthorizer", () => {
  it("creates a TOKEN authorizer and, as AWS does, leaves an unset result TTL out of the answer", async () => {
    const authorizer = await create(token);
    expect(authorizer.$metadata.httpStatusCode).toBe(201);
    expect(authorizer).toMatchObject(token);
    expect(authorizer.authorizerResultTtlInSeconds).toBeUndefined();
    expect(authorizer.id).toMatch(/^[a-z0-9]{6}$/);
  });

  it("creates REQUEST and COGNITO_USER_POOLS authorizers", async () => {
    const request = await create({ name: "req", type: "REQUEST", authorizerUri: lambdaUri, identitySource: "method.request.header.x-key, method.request.querystring.key" });
    expect(request.type).toBe("REQUEST");
    const uncached = await create({ name: "nocache", type: "REQUEST", authorizerUri: lambdaUri, authorizerResultTtlInSeconds: 0 });
    expect(uncached.authorizerResultTtlInSeconds).toBe(0);
    const cognito = await create({ name: "pool", type: "COGNITO_USER_POOLS", providerARNs: [poolArn], identitySource: "method.request.header.Authorization" });
    expect(cognito).toMatchObject({ type: "COGNITO_USER_POOLS", providerARNs: [poolArn] });
  });

  it("adds and removes a Cognito authorizer's user pools with the path forms clients send, the ARN escaped or not", async () => {
    const restApiId = await newApi();
    const cognito = await create({ name: "pools", type: "COGNITO_USER_POOLS", providerARNs: [poolArn], identitySource: "method.request.header.Authorization" }, restApiId);
    const second = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_def456";
    const patch = (op: "add" | "remove", path: string) => client.send(new UpdateAuthorizerCommand({ restApiId, authorizerId: cognito.id, patchOperations: [{ op, path }] }));
    expect((await patch("add", `/providerARNs/${second}`)).providerARNs).toEqual([poolArn, second]);
    expect((await patch("remove", `/providerARNs/${poolArn.replace("/", "~1")}`)).providerARNs).toEqual([second]);
  });

  it("requires a Lambda URI and a header token source for TOKEN authorizers", async () => {
    expect(await expectAwsError(create({ name: "t", type: "TOKEN", identitySource: "method.request.header.Authorization" }))).toEqual(
      badRequest("Authorizer URI must be specified for TOKEN authorizers"),
    );
    expect(await expectAwsError(create({ ...token, identitySource: "method.request.querystring.token" }))).toEqual(
      badRequest(
        "Invalid token source expression: method.request.querystring.token. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.",
      ),
    );
  });

  it("requires identity sources for a cached REQUEST authorizer and provider ARNs for Cognito", async () => {
    expect(await expectAwsError(create({ name: "r", type: "REQUEST", authorizerUri: lambdaUri }))).toEqual(
      badRequest("Identity source must be specified when the authorizer result is cached (authorizerResultTtlInSeconds > 0)"),
    );
    expect(await expectAwsError(create({ name: "c", type: "COGNITO_USER_POOLS" }))).toEqual(
      badRequest("Provider ARNs must be specified for COGNITO_USER_POOLS authorizers"),
    );
  });

  it("rejects a URI that is not a Lambda invocation, a malformed identity source and a bad pool ARN", async () => {
    expect(await expectAwsError(create({ ...token, authorizerUri: "https://auth.example.com" }))).toEqual(
      badRequest("Invalid Authorizer URI specified: https://auth.example.com"),
    );
    expect(await expectAwsError(create({ name: "r", type: "REQUEST", authorizerUri: lambdaUri, identitySource: "method.request.body.key" }))).toEqual(
      badRequest("Invalid identity source expression: method.request.body.key"),
    );
    expect(await expectAwsError(create({ name: "c", type: "COGNITO_USER_POOLS", providerARNs: ["arn:aws:iam::000000000000:role/x"] }))).toEqual(
      badRequest("Invalid Cognito user pool ARN specified: arn:aws:iam::000000000000:role/x"),
    );
  });

  it("rejects a blank name and an unknown type", async () => {
    expect(await expectAwsError(create({ ...token, name: " " }))).toEqual(badRequest("Authorizer name must be non-empty"));
    expect(await expectAwsError(create({ ...token, type: "JWT" as never }))).toEqual({
      name: "ValidationException",
      status: 400,
      message:
        "1 validation error detected: Value 'JWT' at 'createAuthorizerInput.type' failed to satisfy constraint: Member must satisfy enum value set: [TOKEN, REQUEST, COGNITO_USER_POOLS]",
    });
  });

  it("keeps the result TTL between 0 and 3600 seconds", async () => {
    expect(await expectAwsError(create({ ...token, authorizerResultTtlInSeconds: 3601 }))).toEqual(
      badRequest("Invalid value for authorizerResultTtlInSeconds: must be between 0 and 3600"),
    );
  });

  it("answers LimitExceededException for an eleventh authorizer", async () => {
    const restApiId = await newApi();
    for (let i = 0; i < 10; i++) await create({ ...token, name: `a${i}` }, restApiId);
    const error = await expectAwsError(create({ ...token, name: "a10" }, restApiId));
    expect(error).toEqual({ name: "LimitExceededException", status: 429, message: "Cannot create more than 10 authorizers in a REST API" });
    expect((await client.send(new GetAuthorizersCommand({ restApiId, limit: 500 }))).items).toHaveLength(10);
  });
});

describe("GetAuthorizer, UpdateAuthorizer and DeleteAuthorizer", () => {
  it("answers NotFoundException for a missing authorizer", async () => {
    const restApiId = await newApi();
    const error = await expectAwsError(client.send(new GetAuthorizerCommand({ restApiId, authorizerId: "nope12" })));
    expect(error).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Authorizer identifier specified" });
  });

  it("updates an authorizer and checks the result", async () => {
    const restApiId = await newApi();
    const created = await create(token, restApiId);
    const updated = await client.send(
      new UpdateAuthorizerCommand({
        restApiId,
        authorizerId: created.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "renamed" },
          { op: "replace", path: "/authorizerResultTtlInSeconds", value: "60" },
          { op: "replace", path: "/identityValidationExpression", value: "^Bearer .+$" },
        ],
      }),
    );
    expect(updated).toMatchObject({ name: "renamed", authorizerResultTtlInSeconds: 60, identityValidationExpression: "^Bearer .+$" });
    expect((await client.send(new GetAuthorizerCommand({ restApiId, authorizerId: created.id }))).name).toBe("renamed");
    const invalid = await expectAwsError(
      client.send(new UpdateAuthorizerCommand({ restApiId, authorizerId: created.id, patchOperations: [{ op: "replace", path: "/identitySource", value: "" }] })),
    );
    expect(invalid).toEqual(
      badRequest("Invalid token source expression: . The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'."),
    );
  });

  it("refuses to delete an authorizer a method uses, naming the method", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "authorizers" }));
    const restApiId = api.id!;
    const authorizer = await create(token, restApiId);
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId, pathPart: "pets" }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: pets.id, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: authorizer.id }));
    const error = await expectAwsError(client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: authorizer.id })));
    expect(error).toEqual({ name: "ConflictException", status: 409, message: "Cannot delete authorizer 'token', is referenced in method: GET//pets" });
  });

  it("deletes an unused authorizer with 202", async () => {
    const restApiId = await newApi();
    const authorizer = await create(token, restApiId);
    expect((await client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: authorizer.id }))).$metadata.httpStatusCode).toBe(202);
    const error = await expectAwsError(client.send(new GetAuthorizerCommand({ restApiId, authorizerId: authorizer.id })));
    expect(error.name).toBe("NotFoundException");
  });
});
