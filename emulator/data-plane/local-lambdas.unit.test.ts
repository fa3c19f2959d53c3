import { describe, expect, it } from "vitest";
import { DeadlineWatch } from "./deadline-watch";
import { LocalLambdas, functionNameFromUri } from "./local-lambdas";

describe("functionNameFromUri", () => {
  it("reads the function name from a Lambda integration URI, with or without an alias", () => {
    const uri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations";
    expect(functionNameFromUri(uri)).toBe("pets");
    expect(functionNameFromUri(uri.replace("function:pets", "function:pets:live"))).toBe("pets");
  });
});

describe("LocalLambdas", () => {
  it("runs a registered handler with the event and reports the first call as a cold start", async () => {
    const lambdas = new LocalLambdas();
    const fn = lambdas.register({ name: "echo", code: "exports.handler = async (event) => ({ got: event.x })", coldStartMs: 0 }, 0);
    const first = await lambdas.invoke(fn, { x: 1 }, "r1");
    const second = await lambdas.invoke(fn, { x: 2 }, "r2");
    expect(first).toMatchObject({ ok: true, result: { got: 1 }, coldStart: true });
    expect(second).toMatchObject({ ok: true, result: { got: 2 }, coldStart: false });
  });

  it("is cold again after idleMs without an invocation, and warm while called", async () => {
    const lambdas = new LocalLambdas();
    const fn = lambdas.register({ name: "idle", code: "exports.handler = async () => 1", coldStartMs: 0, idleMs: 40 }, 0);
    expect((await lambdas.invoke(fn, {}, "r1")).coldStart).toBe(true);
    expect((await lambdas.invoke(fn, {}, "r2")).coldStart).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await lambdas.invoke(fn, {}, "r3")).coldStart).toBe(true);
    expect((await lambdas.invoke(fn, {}, "r4")).coldStart).toBe(false);
  });

  it("turns a thrown error into a function error with its message", async () => {
    const lambdas = new LocalLambdas();
    const fn = lambdas.register({ name: "boom", code: "exports.handler = async () => { throw new Error('no pets') }", coldStartMs: 0 }, 0);
    expect(await lambdas.invoke(fn, {}, "r")).toMatchObject({ ok: false, errorType: "Error", errorMessage: "no pets" });
  });

  it("takes a handler that answers or throws without a promise, as Lambda's Node runtime does", async () => {
    const lambdas = new LocalLambdas();
    const plain = lambdas.register({ name: "plain", code: "exports.handler = (event) => ({ twice: event.n * 2 })", coldStartMs: 0 }, 0);
    const thrower = lambdas.register({ name: "thrower", code: "exports.handler = () => { throw new TypeError('bad n') }", coldStartMs: 0 }, 0);
    expect(await lambdas.invoke(plain, { n: 21 }, "r1")).toMatchObject({ ok: true, result: { twice: 42 } });
    expect(await lambdas.invoke(thrower, {}, "r2")).toMatchObject({ ok: false, errorType: "TypeError", errorMessage: "bad n" });
  });

  it("answers once: a handler that fails after its timeout stays a timeout, and leaves no deadline behind", async () => {
    const deadlines = new DeadlineWatch();
    const lambdas = new LocalLambdas(deadlines);
    const code = "exports.handler = () => new Promise((_, reject) => setTimeout(() => reject(new Error('too late')), 60))";
    const fn = lambdas.register({ name: "late", code, coldStartMs: 0, timeoutMs: 20 }, 0);
    expect(await lambdas.invoke(fn, {}, "r")).toMatchObject({ ok: false, errorType: "Sandbox.Timedout" });
    expect(deadlines.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 80));
  });

  it("times a slow handler out as a function error", async () => {
    const lambdas = new LocalLambdas();
    const fn = lambdas.register({ name: "slow", code: "exports.handler = () => new Promise(() => {})", coldStartMs: 0, timeoutMs: 20 }, 0);
    expect(await lambdas.invoke(fn, {}, "r")).toMatchObject({ ok: false, errorMessage: "Task timed out after 0.02 seconds" });
  });

  it("refuses code that does not export a handler", () => {
    expect(() => new LocalLambdas().register({ name: "x", code: "const a = 1;" }, 0)).toThrow("The code must set exports.handler to a function.");
  });
});
