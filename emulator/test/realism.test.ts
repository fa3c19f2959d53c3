import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { performance } from "node:perf_hooks";
import { CreateRestApiCommand, GetRestApisCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient } from "./support/clients";

// Realism switches (latency, AWS's control-plane rate limits, injected faults), set by flags, environment
// variables or the admin endpoint. Timing assertions are lower bounds only.

const started: SandboxProcess[] = [];
afterEach(async () => {
  for (const sandbox of started.splice(0)) await sandbox.stop();
});

async function start(args: string[], env: Record<string, string> = {}): Promise<SandboxProcess> {
  const sandbox = await startSandboxProcess({ args, env: env as NodeJS.ProcessEnv });
  started.push(sandbox);
  return sandbox;
}

interface SdkFailure {
  name: string;
  status: number | undefined;
  message: string;
  retryAfterSeconds: string | undefined;
}

/** Settles a call into either "ok" or what the SDK reported, Retry-After included. */
async function outcome(call: Promise<unknown>): Promise<"ok" | SdkFailure> {
  try {
    await call;
    return "ok";
  } catch (error) {
    const e = error as { name: string; message: string; retryAfterSeconds?: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message, retryAfterSeconds: e.retryAfterSeconds };
  }
}

async function elapsedMs(call: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  await call();
  return performance.now() - begin;
}

const createApi = (client: APIGatewayClient, name = "r") =>
  client.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ["REGIONAL"] } }));

async function admin(sandbox: SandboxProcess, method: "GET" | "PUT", body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.url}/_archway/realism`, {
    method,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("latency", () => {
  it("holds every control-plane call for at least --latency milliseconds", async () => {
    const sandbox = await start(["--latency", "300"]);
    const client = apiGatewayClient(sandbox.url);
    expect(await elapsedMs(() => client.send(new GetRestApisCommand({})))).toBeGreaterThanOrEqual(300);
    expect(await elapsedMs(() => createApi(client))).toBeGreaterThanOrEqual(300);
  });

  it("adds --jitter on top of --latency and reports both", async () => {
    const sandbox = await start(["--latency", "150", "--jitter", "200"]);
    const client = apiGatewayClient(sandbox.url);
    for (let i = 0; i < 3; i++) expect(await elapsedMs(() => client.send(new GetRestApisCommand({})))).toBeGreaterThanOrEqual(150);
    expect((await admin(sandbox, "GET")).json).toMatchObject({ latencyMs: 150, jitterMs: 200 });
  });

  it("reads ARCHWAY_SANDBOX_LATENCY_MS and ARCHWAY_SANDBOX_JITTER_MS", async () => {
    const sandbox = await start([], { ARCHWAY_SANDBOX_LATENCY_MS: "300", ARCHWAY_SANDBOX_JITTER_MS: "50" });
    expect(await elapsedMs(() => apiGatewayClient(sandbox.url).send(new GetRestApisCommand({})))).toBeGreaterThanOrEqual(300);
    expect((await admin(sandbox, "GET")).json).toMatchObject({ latencyMs: 300, jitterMs: 50 });
  });
});

describe("rate limits", () => {
  it("throttles a second CreateRestApi within 3 s with TooManyRequestsException 429 and Retry-After", async () => {
    const sandbox = await start(["--rate-limits"]);
    const client = apiGatewayClient(sandbox.url);
    expect(await outcome(createApi(client, "first"))).toBe("ok");
    const second = await outcome(createApi(client, "second"));
    expect(second).toMatchObject({ name: "TooManyRequestsException", status: 429, message: "Too Many Requests" });
    expect(Number((second as SdkFailure).retryAfterSeconds)).toBeGreaterThanOrEqual(1);
    expect(await outcome(client.send(new GetRestApisCommand({})))).toBe("ok");
  });

  it("lets a burst of 40 calls through and throttles the calls beyond it, per account", async () => {
    const sandbox = await start(["--rate-limits"]);
    const client = apiGatewayClient(sandbox.url);
    const results = await Promise.all(Array.from({ length: 70 }, () => outcome(client.send(new GetRestApisCommand({})))));
    const throttled = results.filter((result) => result !== "ok");
    expect(results.length - throttled.length).toBeGreaterThanOrEqual(40);
    expect(throttled.length).toBeGreaterThan(0);
    for (const failure of throttled) expect(failure).toMatchObject({ name: "TooManyRequestsException", status: 429, retryAfterSeconds: "1" });
    // Another account has a bucket of its own.
    expect(await outcome(apiGatewayClient(sandbox.url, { accessKeyId: "222222222222" }).send(new GetRestApisCommand({})))).toBe("ok");
  });

  it("is off unless asked for", async () => {
    const sandbox = await start([]);
    const client = apiGatewayClient(sandbox.url);
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => outcome(createApi(client, `free-${i}`))));
    expect(results).toEqual(["ok", "ok", "ok", "ok", "ok"]);
  });

  it("turns on with ARCHWAY_SANDBOX_RATE_LIMITS=1", async () => {
    const sandbox = await start([], { ARCHWAY_SANDBOX_RATE_LIMITS: "1" });
    const client = apiGatewayClient(sandbox.url);
    expect(await outcome(createApi(client))).toBe("ok");
    expect(await outcome(createApi(client))).toMatchObject({ name: "TooManyRequestsException", status: 429 });
  });
});

describe("faults", () => {
  it("--fault CreateRestApi=throttle:1 throttles only that operation", async () => {
    const sandbox = await start(["--fault", "CreateRestApi=throttle:1"]);
    const client = apiGatewayClient(sandbox.url);
    expect(await outcome(createApi(client))).toMatchObject({ name: "TooManyRequestsException", status: 429, retryAfterSeconds: "1" });
    expect(await outcome(client.send(new GetRestApisCommand({})))).toBe("ok");
  });

  it("--fault CreateRestApi=unavailable:1 answers ServiceUnavailableException 503 and changes nothing", async () => {
    const sandbox = await start(["--fault", "CreateRestApi=unavailable:1"]);
    const client = apiGatewayClient(sandbox.url);
    expect(await outcome(createApi(client))).toMatchObject({
      name: "ServiceUnavailableException",
      status: 503,
      message: "Service unavailable (fault injected on CreateRestApi)",
    });
    expect((await client.send(new GetRestApisCommand({}))).items ?? []).toEqual([]);
  });

  it("a * fault applies to every operation, and slow holds the response for its delay", async () => {
    const sandbox = await start(["--fault", "*=slow:1:300"]);
    const client = apiGatewayClient(sandbox.url);
    expect(await elapsedMs(() => client.send(new GetRestApisCommand({})))).toBeGreaterThanOrEqual(300);
  });

  it("reads several faults from ARCHWAY_SANDBOX_FAULTS", async () => {
    const sandbox = await start([], { ARCHWAY_SANDBOX_FAULTS: "CreateRestApi=unavailable:1,GetRestApis=throttle:1" });
    const client = apiGatewayClient(sandbox.url);
    expect(await outcome(createApi(client))).toMatchObject({ name: "ServiceUnavailableException", status: 503 });
    expect(await outcome(client.send(new GetRestApisCommand({})))).toMatchObject({ name: "TooManyRequestsException", status: 429 });
  });

  it("refuses to start with a malformed --fault, saying what is wrong", async () => {
    await expect(startSandboxProcess({ args: ["--fault", "CreateRestApi=explode:1"] })).rejects.toThrow(
      /--fault CreateRestApi=explode:1: kind must be throttle, unavailable or slow/,
    );
  });
});

describe("admin endpoint /_archway/realism", () => {
  it("shows the settings in force and changes faults, rate limits and latency at run time", async () => {
    const sandbox = await start([]);
    const client = apiGatewayClient(sandbox.url);
    expect(await admin(sandbox, "GET")).toEqual({ status: 200, json: { latencyMs: 0, jitterMs: 0, rateLimits: false, faults: {} } });

    const put = await admin(sandbox, "PUT", { faults: { CreateRestApi: "unavailable:1" } });
    expect(put).toEqual({ status: 200, json: { latencyMs: 0, jitterMs: 0, rateLimits: false, faults: { CreateRestApi: { kind: "unavailable", probability: 1 } } } });
    expect(await outcome(createApi(client))).toMatchObject({ name: "ServiceUnavailableException", status: 503 });

    await admin(sandbox, "PUT", { faults: {}, rateLimits: true });
    expect(await outcome(createApi(client))).toBe("ok");
    expect(await outcome(createApi(client))).toMatchObject({ name: "TooManyRequestsException", status: 429 });

    await admin(sandbox, "PUT", { rateLimits: false, latencyMs: 300 });
    expect(await elapsedMs(() => createApi(client))).toBeGreaterThanOrEqual(300);
    expect((await admin(sandbox, "GET")).json).toEqual({ latencyMs: 300, jitterMs: 0, rateLimits: false, faults: {} });
  });

  it("accepts a fault in its object form", async () => {
    const sandbox = await start([]);
    const put = await admin(sandbox, "PUT", { faults: { GetRestApis: { kind: "throttle", probability: 1 } } });
    expect(put.status).toBe(200);
    expect(await outcome(apiGatewayClient(sandbox.url).send(new GetRestApisCommand({})))).toMatchObject({ name: "TooManyRequestsException" });
  });
});

describe("admin endpoint /_archway/realism: bad input", () => {
  let sandbox: SandboxProcess;
  beforeAll(async () => {
    sandbox = await startSandboxProcess({ args: ["--latency", "5"] });
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it.each([
    ["not JSON", "{latency", "The body must be JSON."],
    ["not an object", "42", "The body must be a JSON object."],
    ["a misspelt setting", { latency: 300 }, "Unknown realism setting latency; the settings are latencyMs, jitterMs, rateLimits and faults."],
    ["a negative latency", { latencyMs: -5 }, "latencyMs must be a number of milliseconds from 0 to 60000."],
    ["a latency given as text", { jitterMs: "100" }, "jitterMs must be a number of milliseconds from 0 to 60000."],
    ["rateLimits as text", { rateLimits: "yes" }, "rateLimits must be true or false."],
    ["an unknown fault kind", { faults: { CreateRestApi: "explode:1" } }, "faults.CreateRestApi: kind must be throttle, unavailable or slow."],
    ["a probability above 1", { faults: { "*": "throttle:2" } }, "faults.*: probability must be between 0 and 1."],
  ])("rejects %s with 400 and a clear message, keeping the settings", async (_, body, message) => {
    expect(await admin(sandbox, "PUT", body)).toEqual({ status: 400, json: { message } });
    expect((await admin(sandbox, "GET")).json).toEqual({ latencyMs: 5, jitterMs: 0, rateLimits: false, faults: {} });
  });
});
