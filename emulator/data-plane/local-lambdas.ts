import { createRequire, isBuiltin } from "node:module";
import vm from "node:vm";
import { boundedMemo } from "../protocol/bounded-memo";
import { DeadlineWatch } from "./deadline-watch";

/** A Node handler registered with the sandbox, standing in for the Lambda function of that name. */
export interface LocalFunction {
  readonly name: string;
  readonly handler: (event: unknown, context: unknown) => unknown;
  readonly registeredAt: number;
  /** Time the first invocation spends "starting" the function, as a real cold start does. */
  readonly coldStartMs: number;
  readonly timeoutMs: number;
  /** Without an invocation for this long the function is cold again, as Lambda reclaims idle environments. */
  readonly idleMs: number;
  /** When its last invocation ended (undefined: never invoked, so cold). */
  lastInvokedAt?: number;
}

export type LambdaOutcome =
  | { ok: true; result: unknown; coldStart: boolean; durationMs: number }
  | { ok: false; errorType: string; errorMessage: string; coldStart: boolean; durationMs: number };

export const FUNCTION_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
const DEFAULT_COLD_START_MS = 200;
/** Lambda's default function timeout. */
const DEFAULT_TIMEOUT_MS = 3_000;
/** Lambda keeps an idle environment for minutes; the sandbox says 10 unless told. */
const DEFAULT_IDLE_MS = 600_000;
const nodeRequire = createRequire(import.meta.url);

/** Compiles `exports.handler = async (event) => ...` in its own context; throws a message when it cannot. */
export function compileHandler(name: string, code: string): LocalFunction["handler"] {
  const commonJsModule = { exports: {} as Record<string, unknown> };
  // Only Node's built-in modules can be required: the function has no package tree of its own.
  const require = (id: string) => {
    if (!isBuiltin(id)) throw new Error(`Cannot find module '${id}' (local functions may require Node built-ins only)`);
    return nodeRequire(id) as unknown;
  };
  const context = vm.createContext({ module: commonJsModule, exports: commonJsModule.exports, require, console, Buffer, URL, URLSearchParams, TextEncoder, TextDecoder, setTimeout, clearTimeout, process: { env: {} } });
  new vm.Script(code, { filename: `${name}.js` }).runInContext(context, { timeout: 1_000 });
  const handler = commonJsModule.exports.handler;
  if (typeof handler !== "function") throw new Error("The code must set exports.handler to a function.");
  return handler as LocalFunction["handler"];
}

/** The sandbox's locally registered functions, by name. */
export class LocalLambdas {
  private readonly functions = new Map<string, LocalFunction>();

  constructor(private readonly deadlines = new DeadlineWatch()) {}

  register(input: { name: string; code: string; coldStartMs?: number; timeoutMs?: number; idleMs?: number }, now: number): LocalFunction {
    const fn: LocalFunction = {
      name: input.name,
      handler: compileHandler(input.name, input.code),
      registeredAt: now,
      coldStartMs: input.coldStartMs ?? DEFAULT_COLD_START_MS,
      timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      idleMs: input.idleMs ?? DEFAULT_IDLE_MS,
    };
    this.functions.set(input.name, fn);
    return fn;
  }

  get(name: string): LocalFunction | undefined {
    return this.functions.get(name);
  }

  list(): LocalFunction[] {
    return [...this.functions.values()];
  }

  delete(name: string): boolean {
    return this.functions.delete(name);
  }

  /** Whether a call now would start the function cold: never invoked, or idle for idleMs. */
  startsCold(fn: LocalFunction): boolean {
    return fn.lastInvokedAt === undefined || Date.now() - fn.lastInvokedAt >= fn.idleMs;
  }

  /**
   * Runs the function with an event; a thrown error or its own timeout is a function error, as on Lambda.
   * `cold` is startsCold's answer when the caller has already asked it, so both act on the same one.
   */
  invoke(fn: LocalFunction, event: unknown, requestId: string, cold = this.startsCold(fn)): Promise<LambdaOutcome> {
    // Calls that arrive while the function starts are cold too: each gets an environment of its own.
    if (cold) return sleep(fn.coldStartMs).then(() => this.run(fn, event, requestId, true));
    return this.run(fn, event, requestId, false);
  }

  /**
   * One promise, settled by whichever comes first: the handler's answer, its throw, or its timeout. The handler is
   * called at once and its own promise's `then` is used as it is: it belongs to the function's context, so our
   * Promise.resolve would wrap it in a promise and a tick more, on every Lambda request.
   */
  private run(fn: LocalFunction, event: unknown, requestId: string, coldStart: boolean): Promise<LambdaOutcome> {
    return new Promise((resolve) => {
      const started = Date.now();
      let settled = false;
      const settle = (outcome: LambdaOutcome) => {
        if (settled) return;
        settled = true;
        cancelTimeout();
        fn.lastInvokedAt = Date.now();
        resolve(outcome);
      };
      const succeed = (result: unknown) => settle({ ok: true, result, coldStart, durationMs: Date.now() - started });
      const fail = (error: unknown) => settle(functionError(error, coldStart, Date.now() - started));
      const cancelTimeout = this.deadlines.after(fn.timeoutMs, () => fail(new FunctionTimeout(fn.timeoutMs)));
      const context = { awsRequestId: requestId, functionName: fn.name, getRemainingTimeInMillis: () => fn.timeoutMs - (Date.now() - started) };
      try {
        const returned = fn.handler(event, context);
        if (isThenable(returned)) returned.then(succeed, fail);
        else succeed(returned);
      } catch (error) {
        fail(error);
      }
    });
  }
}

function functionError(error: unknown, coldStart: boolean, durationMs: number): LambdaOutcome {
  const e = error as { name?: unknown; message?: unknown };
  const errorType = error instanceof FunctionTimeout ? "Sandbox.Timedout" : typeof e?.name === "string" ? e.name : "Error";
  return { ok: false, errorType, errorMessage: typeof e?.message === "string" ? e.message : String(error), coldStart, durationMs };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as { then?: unknown }).then === "function";

class FunctionTimeout extends Error {
  constructor(ms: number) {
    super(`Task timed out after ${(ms / 1000).toFixed(2)} seconds`);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The function name in a Lambda integration URI (…/functions/arn:aws:lambda:r:a:function:NAME[:alias]/invocations).
 * Remembered: a stage calls the same few URIs on every request (stage variables can make any number, hence a bound).
 */
export const functionNameFromUri = boundedMemo(1_000, (uri): string | undefined => {
  const arn = /functions\/(.+?)\/invocations/.exec(uri)?.[1] ?? uri;
  const fromArn = /function:([^:/]+)/.exec(arn)?.[1];
  return fromArn ?? (FUNCTION_NAME_PATTERN.test(arn) ? arn : undefined);
});
