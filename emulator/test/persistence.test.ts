import { afterEach, describe, expect, it } from "vitest";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetRestApiCommand,
  UpdateRestApiCommand,
  paginateGetResources,
  paginateGetRestApis,
  type APIGatewayClient,
} from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient, expectAwsError } from "./support/clients";

// Black-box durability: real sandbox processes over one data folder, stopped cleanly or killed.

const started: SandboxProcess[] = [];
afterEach(async () => {
  for (const sandbox of started.splice(0)) await sandbox.stop("SIGKILL");
});

async function start(dataDir: string, args: string[] = []): Promise<SandboxProcess> {
  const sandbox = await startSandboxProcess({ dataDir, args });
  started.push(sandbox);
  return sandbox;
}

const tempDir = () => mkdtempSync(join(tmpdir(), "archway-persist-"));
const journalPath = (dir: string) => join(dir, "journal.ndjson");

async function allApiIds(client: APIGatewayClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateGetRestApis({ client, pageSize: 500 }, {})) ids.push(...(page.items ?? []).map((api) => api.id!));
  return ids;
}

async function allResourcePaths(client: APIGatewayClient, restApiId: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const page of paginateGetResources({ client, pageSize: 500 }, { restApiId })) paths.push(...(page.items ?? []).map((r) => r.path!));
  return paths;
}

/**
 * Fires `count` calls at once and kills the sandbox with SIGKILL as soon as `killAfter` of them have succeeded.
 * Returns what each acknowledged call returned.
 */
async function burstThenKill<T>(sandbox: SandboxProcess, count: number, killAfter: number, call: (index: number) => Promise<T>): Promise<T[]> {
  const acknowledged: T[] = [];
  const calls = Array.from({ length: count }, (_, index) =>
    call(index).then((result) => {
      acknowledged.push(result);
      if (acknowledged.length === killAfter) sandbox.child.kill("SIGKILL");
    }),
  );
  await Promise.allSettled(calls);
  await sandbox.stop("SIGKILL");
  return acknowledged;
}

describe("state across restarts", () => {
  it("keeps APIs, renames and resources across a clean SIGTERM stop, leaving a snapshot and an empty journal", async () => {
    const dir = tempDir();
    const first = await start(dir);
    const client = apiGatewayClient(first.url);
    const api = await client.send(new CreateRestApiCommand({ name: "kept", endpointConfiguration: { types: ["REGIONAL"] } }));
    await client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/name", value: "renamed" }] }));
    await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(existsSync(join(dir, "snapshot.json"))).toBe(true);
    expect(statSync(journalPath(dir)).size).toBe(0);

    const second = await start(dir);
    const again = apiGatewayClient(second.url);
    const kept = await again.send(new GetRestApiCommand({ restApiId: api.id }));
    expect(kept).toMatchObject({ name: "renamed", rootResourceId: api.rootResourceId, endpointConfiguration: { types: ["REGIONAL"] } });
    expect((await allResourcePaths(again, api.id!)).sort()).toEqual(["/", "/pets"]);
  });

  it("replays the journal after kill -9: creates, updates and deletes all survive", async () => {
    const dir = tempDir();
    const first = await start(dir);
    const client = apiGatewayClient(first.url);
    const kept = await client.send(new CreateRestApiCommand({ name: "kept" }));
    const doomed = await client.send(new CreateRestApiCommand({ name: "doomed" }));
    await client.send(new UpdateRestApiCommand({ restApiId: kept.id, patchOperations: [{ op: "replace", path: "/description", value: "after" }] }));
    await client.send(new DeleteRestApiCommand({ restApiId: doomed.id }));
    await first.stop("SIGKILL");
    expect(statSync(journalPath(dir)).size).toBeGreaterThan(0);

    const second = await start(dir);
    const again = apiGatewayClient(second.url);
    expect((await again.send(new GetRestApiCommand({ restApiId: kept.id }))).description).toBe("after");
    const gone = await expectAwsError(again.send(new GetRestApiCommand({ restApiId: doomed.id })));
    expect(gone).toMatchObject({ name: "NotFoundException", status: 404 });
    expect(await allApiIds(again)).toEqual([kept.id]);
  });

  it("writes no files with --in-memory and starts empty the next time", async () => {
    const home = tempDir();
    const first = await startSandboxProcess({ env: { ...process.env, ARCHWAY_DATA_DIR: home } });
    started.push(first);
    const api = await apiGatewayClient(first.url).send(new CreateRestApiCommand({ name: "fleeting" }));
    expect(api.id).toBeTruthy();
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(readdirSync(home)).toEqual([]);

    const second = await startSandboxProcess({ env: { ...process.env, ARCHWAY_DATA_DIR: home } });
    started.push(second);
    expect(await allApiIds(apiGatewayClient(second.url))).toEqual([]);
  });
});

describe("crash safety", () => {
  it("loses no acknowledged CreateRestApi when killed -9 in the middle of 200 concurrent calls, and keeps each API whole", async () => {
    const dir = tempDir();
    const sandbox = await start(dir);
    const client = apiGatewayClient(sandbox.url);
    const acknowledged = await burstThenKill(sandbox, 200, 40, (i) =>
      client.send(new CreateRestApiCommand({ name: `burst-${i}`, endpointConfiguration: { types: ["REGIONAL"] } })),
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.length, "the kill should land while calls are still in flight").toBeLessThan(200);

    const restarted = await start(dir);
    const again = apiGatewayClient(restarted.url);
    const present = await allApiIds(again);
    expect(present).toEqual(expect.arrayContaining(acknowledged.map((api) => api.id)));
    // A transaction is all or nothing on disk: every API that survived has its root resource.
    for (const id of present) expect(await allResourcePaths(again, id)).toEqual(["/"]);
  });

  it("loses no acknowledged CreateResource when killed -9 in the middle of 200 concurrent calls", async () => {
    const dir = tempDir();
    const sandbox = await start(dir);
    const client = apiGatewayClient(sandbox.url);
    const api = await client.send(new CreateRestApiCommand({ name: "tree" }));
    const acknowledged = await burstThenKill(sandbox, 200, 40, (i) =>
      client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: `r${i}` })),
    );
    expect(acknowledged.length).toBeLessThan(200);

    const restarted = await start(dir);
    const paths = await allResourcePaths(apiGatewayClient(restarted.url), api.id!);
    expect(paths).toEqual(expect.arrayContaining(acknowledged.map((resource) => resource.path)));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("survives three kill -9 cycles in a row with every acknowledged API present", async () => {
    const dir = tempDir();
    const acknowledgedIds: string[] = [];
    for (let round = 0; round < 3; round++) {
      const sandbox = await start(dir);
      const client = apiGatewayClient(sandbox.url);
      const acknowledged = await burstThenKill(sandbox, 60, 20, (i) =>
        client.send(new CreateRestApiCommand({ name: `round-${round}-${i}`, endpointConfiguration: { types: ["REGIONAL"] } })),
      );
      acknowledgedIds.push(...acknowledged.map((api) => api.id!));
    }
    const final = await start(dir);
    expect(await allApiIds(apiGatewayClient(final.url))).toEqual(expect.arrayContaining(acknowledgedIds));
  });

  it("ignores a torn last journal line and appends the next change on a line of its own", async () => {
    const dir = tempDir();
    const first = await start(dir);
    const before = await apiGatewayClient(first.url).send(new CreateRestApiCommand({ name: "before-tear" }));
    await first.stop("SIGKILL");
    appendFileSync(journalPath(dir), '[{"s":"000000000000/us-east-1","t":"apigateway.restApis","g":"","k":"tornapi123","v":{"id":"tor');

    const second = await start(dir);
    const client = apiGatewayClient(second.url);
    expect(await allApiIds(client)).toEqual([before.id]);
    const after = await client.send(new CreateRestApiCommand({ name: "after-tear" }));
    await second.stop("SIGKILL");

    const third = await start(dir);
    expect(await allApiIds(apiGatewayClient(third.url))).toEqual([before.id, after.id]);
  });

  it("refuses to start when a journal line before the last is corrupt, naming the file and line", async () => {
    const dir = tempDir();
    const first = await start(dir);
    await apiGatewayClient(first.url).send(new CreateRestApiCommand({ name: "fine" }));
    await first.stop("SIGKILL");
    const lines = readFileSync(journalPath(dir), "utf8");
    writeFileSync(journalPath(dir), `{not json\n${lines}`);

    await expect(startSandboxProcess({ dataDir: dir })).rejects.toThrow(/journal\.ndjson is corrupt at line 1/);
  });
});
