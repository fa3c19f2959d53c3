import { describe, expect, it } from "vitest";
import {
  CreateRequestValidatorCommand,
  CreateRestApiCommand,
  DeleteRequestValidatorCommand,
  GetRequestValidatorCommand,
  GetRequestValidatorsCommand,
  PutMethodCommand,
  UpdateMethodCommand,
  UpdateRequestValidatorCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const notFound = { name: "NotFoundException", status: 404, message: "Invalid Request Validator identifier specified" };

describe("request validators", () => {
  it("creates validators with false defaults and lists them", async () => {
    const restApiId = (await client.send(new CreateRestApiCommand({ name: "validators" }))).id!;
    const body = await client.send(new CreateRequestValidatorCommand({ restApiId, name: "body", validateRequestBody: true }));
    expect(body.$metadata.httpStatusCode).toBe(201);
    expect(body).toMatchObject({ name: "body", validateRequestBody: true, validateRequestParameters: false });
    expect(body.id).toMatch(/^[a-z0-9]{6}$/);
    const params = await client.send(new CreateRequestValidatorCommand({ restApiId, name: "params", validateRequestParameters: true }));
    const list = await client.send(new GetRequestValidatorsCommand({ restApiId }));
    expect(list.items?.map((validator) => validator.id)).toEqual([body.id, params.id]);
    expect(await client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: params.id }))).toMatchObject({
      name: "params",
      validateRequestBody: false,
      validateRequestParameters: true,
    });
  });

  it("updates a validator and refuses a blank name, other paths and other ops", async () => {
    const restApiId = (await client.send(new CreateRestApiCommand({ name: "validators" }))).id!;
    const created = await client.send(new CreateRequestValidatorCommand({ restApiId, name: "v" }));
    const updated = await client.send(
      new UpdateRequestValidatorCommand({
        restApiId,
        requestValidatorId: created.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "both" },
          { op: "replace", path: "/validateRequestBody", value: "true" },
          { op: "replace", path: "/validateRequestParameters", value: "true" },
        ],
      }),
    );
    expect(updated).toMatchObject({ name: "both", validateRequestBody: true, validateRequestParameters: true });
    const blank = await expectAwsError(
      client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: created.id, patchOperations: [{ op: "replace", path: "/name", value: "" }] })),
    );
    expect(blank).toEqual({ name: "BadRequestException", status: 400, message: "Request Validator name cannot be blank" });
    const badPath = await expectAwsError(
      client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: created.id, patchOperations: [{ op: "replace", path: "/id", value: "x" }] })),
    );
    expect(badPath).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]",
    });
    const badOp = await expectAwsError(
      client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: created.id, patchOperations: [{ op: "remove", path: "/name" }] })),
    );
    expect(badOp).toEqual({ name: "BadRequestException", status: 400, message: "Invalid patch path  '/name' specified for op 'remove'. Please choose supported operations" });
  });

  it("answers NotFoundException for a missing validator", async () => {
    const restApiId = (await client.send(new CreateRestApiCommand({ name: "validators" }))).id!;
    expect(await expectAwsError(client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: "nope12" })))).toEqual(notFound);
    expect(await expectAwsError(client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: "nope12" })))).toEqual(notFound);
  });

  it("refuses to delete a validator a method uses, then deletes it once detached", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "validators" }));
    const restApiId = api.id!;
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId, name: "strict", validateRequestBody: true }));
    const at = { restApiId, resourceId: api.rootResourceId!, httpMethod: "POST" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE", requestValidatorId: validator.id }));
    const inUse = await expectAwsError(client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: validator.id })));
    expect(inUse).toEqual({ name: "ConflictException", status: 409, message: "Cannot delete Request Validator 'strict', is referenced in method: POST//" });
    await client.send(new UpdateMethodCommand({ ...at, patchOperations: [{ op: "replace", path: "/requestValidatorId", value: "" }] }));
    const deleted = await client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: validator.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect(await expectAwsError(client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: validator.id })))).toEqual(notFound);
  });
});
