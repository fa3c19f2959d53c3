import { describe, expect, it } from "vitest";
import {
  DeleteClientCertificateCommand,
  GenerateClientCertificateCommand,
  GetClientCertificateCommand,
  GetClientCertificatesCommand,
  UpdateClientCertificateCommand,
  paginateGetClientCertificates,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();

describe("client certificates", () => {
  it("generates a PEM certificate that expires after it was created, and reads it back", async () => {
    const client = apiGatewayClient(sandbox.url);
    const generated = await client.send(new GenerateClientCertificateCommand({ description: "backend mTLS", tags: { team: "a" } }));
    expect(generated.$metadata.httpStatusCode).toBe(201);
    expect(generated.clientCertificateId).toMatch(/^[a-z0-9]{6}$/);
    expect(generated.pemEncodedCertificate).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----$/);
    expect(generated.expirationDate!.getTime()).toBeGreaterThan(generated.createdDate!.getTime());
    expect(generated.tags).toEqual({ team: "a" });
    const read = await client.send(new GetClientCertificateCommand({ clientCertificateId: generated.clientCertificateId }));
    expect(read.pemEncodedCertificate).toBe(generated.pemEncodedCertificate);
    expect(read.description).toBe("backend mTLS");
  });

  it("pages the list, updates the description, and deletes with 202", async () => {
    const client = apiGatewayClient(sandbox.url, { region: "ca-central-1" });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await client.send(new GenerateClientCertificateCommand({ description: `c${i}` }))).clientCertificateId!);
    const seen: string[] = [];
    for await (const page of paginateGetClientCertificates({ client, pageSize: 2 }, {})) seen.push(...page.items!.map((c) => c.clientCertificateId!));
    expect(seen).toEqual(ids);
    const updated = await client.send(
      new UpdateClientCertificateCommand({ clientCertificateId: ids[0], patchOperations: [{ op: "replace", path: "/description", value: "renamed" }] }),
    );
    expect(updated.description).toBe("renamed");
    const deleted = await client.send(new DeleteClientCertificateCommand({ clientCertificateId: ids[0] }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    const missing = await expectAwsError(client.send(new GetClientCertificateCommand({ clientCertificateId: ids[0] })));
    expect(missing).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Client Certificate identifier specified" });
    expect((await client.send(new GetClientCertificatesCommand({}))).items!.map((c) => c.clientCertificateId)).toEqual(ids.slice(1));
  });

  it("stops at 60 certificates per region with LimitExceededException", async () => {
    const client = apiGatewayClient(sandbox.url, { region: "sa-east-1" });
    for (let i = 0; i < 60; i++) await client.send(new GenerateClientCertificateCommand({}));
    const error = await expectAwsError(client.send(new GenerateClientCertificateCommand({})));
    expect(error).toMatchObject({ name: "LimitExceededException", status: 429 });
  });
});
