import type { ServiceCall, ServiceDeps, ServiceReply } from "../protocol/service-call";
import { FUNCTION_NAME_PATTERN } from "./local-lambdas";
import { runtimeFor } from "./runtime";

// The sandbox's admin API for local Lambda functions (held in memory; register them again after a restart):
//   POST   /_archway/lambda/functions         {name, code, coldStartMs?, timeoutMs?, idleMs?} -> 201 the function
//   GET    /_archway/lambda/functions         -> {functions: [...]}
//   DELETE /_archway/lambda/functions/{name}  -> 204
// `code` is CommonJS source setting exports.handler; AWS_PROXY and AWS integrations naming the function run it.
const PREFIX = "/_archway/lambda/functions";

export const isLambdaAdminCall = (call: ServiceCall): boolean => call.url.pathname.startsWith("/_archway/lambda/");

export async function handleLambdaAdmin(call: ServiceCall, deps: ServiceDeps): Promise<ServiceReply> {
  const lambdas = runtimeFor(deps.config).lambdas;
  const path = call.url.pathname;
  if (path === PREFIX && call.method === "POST") return register(call, deps);
  if (path === PREFIX && call.method === "GET") return json(200, { functions: lambdas.list().map(describe) });
  const name = path.startsWith(`${PREFIX}/`) ? decodeURIComponent(path.slice(PREFIX.length + 1)) : undefined;
  if (name && call.method === "DELETE") {
    return lambdas.delete(name) ? { status: 204, headers: {}, body: "" } : json(404, { message: `Function not found: ${name}` });
  }
  if (name && call.method === "GET") {
    const fn = lambdas.get(name);
    return fn ? json(200, describe(fn)) : json(404, { message: `Function not found: ${name}` });
  }
  return json(404, { message: `No sandbox admin route ${call.method} ${path}` });
}

function register(call: ServiceCall, deps: ServiceDeps): ServiceReply {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(call.body.toString("utf8")) as Record<string, unknown>;
  } catch {
    return json(400, { message: "The body must be JSON: {name, code}." });
  }
  const { name, code, coldStartMs, timeoutMs, idleMs } = input ?? {};
  if (typeof name !== "string" || !FUNCTION_NAME_PATTERN.test(name)) return json(400, { message: "name must be 1-64 letters, digits, - or _." });
  if (typeof code !== "string" || code.trim() === "") return json(400, { message: "code must be the function's JavaScript source." });
  for (const [key, value] of Object.entries({ coldStartMs, timeoutMs, idleMs })) {
    if (value !== undefined && (typeof value !== "number" || value < 0 || value > 900_000)) return json(400, { message: `${key} must be 0 to 900000 ms.` });
  }
  try {
    const fn = runtimeFor(deps.config).lambdas.register({ name, code, coldStartMs: coldStartMs as number | undefined, timeoutMs: timeoutMs as number | undefined, idleMs: idleMs as number | undefined }, deps.now());
    return json(201, describe(fn));
  } catch (error) {
    return json(400, { message: `The function's code does not load: ${(error as Error).message}` });
  }
}

const describe = (fn: { name: string; registeredAt: number; coldStartMs: number; timeoutMs: number; idleMs: number }) => ({
  name: fn.name,
  registeredAt: new Date(fn.registeredAt).toISOString(),
  coldStartMs: fn.coldStartMs,
  timeoutMs: fn.timeoutMs,
  idleMs: fn.idleMs,
});

function json(status: number, body: unknown): ServiceReply {
  return { status, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}
