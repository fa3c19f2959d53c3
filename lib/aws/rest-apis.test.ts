import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { apiGatewayClient } from "./clients";
import { testConnection } from "./connection-test";
import { createRestApi, deleteRestApi, getRestApi, listRestApis, updateRestApi } from "./rest-apis";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "sandbox-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

describe("REST APIs through the console's AWS layer", () => {
  it("creates, reads, renames and deletes an API, returning domain shapes and request ids", async () => {
    const created = await createRestApi(env, { name: "pets", description: "pet store", endpointType: "REGIONAL" });
    expect(created.value).toEqual({ id: expect.stringMatching(/^[a-z0-9]{10}$/), name: "pets", description: "pet store", endpointType: "REGIONAL", createdDate: expect.any(String) });
    expect(created.requestId).toBeTruthy();
    expect(Number.isNaN(Date.parse(created.value.createdDate))).toBe(false);

    const renamed = await updateRestApi(env, created.value.id, { name: "pets-v2", description: "renamed" });
    expect(renamed.value).toMatchObject({ name: "pets-v2", description: "renamed" });
    expect(await getRestApi(env, created.value.id)).toMatchObject({ name: "pets-v2" });

    await deleteRestApi(env, created.value.id);
    expect(await getRestApi(env, created.value.id)).toBeNull();
  }, 30_000);

  it("lists more than one page of APIs, each exactly once", async () => {
    const before = (await listRestApis(env)).length;
    const created: string[] = [];
    // 503 APIs need two GetRestApis pages of 500.
    for (let i = 0; i < 503; i++) created.push((await createRestApi(env, { name: `bulk-${i}`, endpointType: "REGIONAL" })).value.id);
    let listCalls = 0;
    apiGatewayClient(env).middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "GetRestApisCommand") listCalls++;
        return next(args);
      },
      { step: "initialize", name: "countListCalls" },
    );
    const listed = await listRestApis(env);
    apiGatewayClient(env).middlewareStack.remove("countListCalls");
    expect(listed).toHaveLength(before + 503);
    expect(listCalls).toBe(Math.ceil(listed.length / 500));
    expect(new Set(listed.map((api) => api.id)).size).toBe(listed.length);
    expect(listed.find((api) => api.id === created[0])).toMatchObject({ name: "bulk-0", endpointType: "REGIONAL", description: null });
  }, 120_000);

  it("turns a missing API into a not_found console error", async () => {
    const error = await updateRestApi(env, "nope123456", { name: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsoleError);
    expect(error).toMatchObject({ code: "not_found" });
  });

  it("reports a connected sandbox in plain words", async () => {
    expect(await testConnection(env)).toEqual({ ok: true, message: `Connected to the sandbox at ${sandbox.url}. API Gateway is answering.` });
  });

  it("says the sandbox is not running when nothing listens", async () => {
    const down: EnvironmentSummary = { ...env, id: "sandbox-down", endpointUrl: "http://127.0.0.1:9" };
    expect(await testConnection(down)).toEqual({ ok: false, message: "Cannot reach the sandbox at http://127.0.0.1:9. Is it running?" });
    await expect(listRestApis(down)).rejects.toMatchObject({ code: "unreachable" });
  }, 30_000);
});
