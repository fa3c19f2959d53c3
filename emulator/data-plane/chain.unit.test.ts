import { describe, expect, it } from "vitest";
import { compose, stageSteps, testInvokeSteps } from "./chain";
import type { Step } from "./handlers/step";
import type { RoutedInvocation } from "./invocation-context";
import { methodRequest } from "./handlers/method-request";
import { authorize } from "./handlers/authorize";

const invocation = {} as RoutedInvocation;

describe("compose", () => {
  it("runs steps in order, around the ones after them", async () => {
    const seen: string[] = [];
    const step = (name: string): Step => async (_, next) => {
      seen.push(`${name}>`);
      await next();
      seen.push(`<${name}`);
    };
    await compose([step("a"), step("b")])(invocation);
    expect(seen).toEqual(["a>", "b>", "<b", "<a"]);
  });

  it("stops when a step does not call next", async () => {
    const seen: string[] = [];
    await compose([async () => void seen.push("cache hit"), async () => void seen.push("integration")])(invocation);
    expect(seen).toEqual(["cache hit"]);
  });

  it("answers a step that throws where it is called (not async) with a rejection the steps before it see", async () => {
    const seen: string[] = [];
    const outer: Step = async (_, next) => {
      try {
        await next();
      } catch (error) {
        seen.push(`outer saw ${(error as Error).message}`);
        throw error;
      }
    };
    const passing: Step = (_, next) => next();
    const failing: Step = () => {
      throw new Error("throttled");
    };
    await expect(compose([outer, passing, failing])(invocation)).rejects.toThrow("throttled");
    expect(seen).toEqual(["outer saw throttled"]);
  });

  it("refuses a step that calls next twice", async () => {
    const twice: Step = async (_, next) => {
      await next();
      await next();
    };
    await expect(compose([twice])(invocation)).rejects.toThrow("next() called more than once");
  });
});

describe("the chain", () => {
  it("lets TestInvokeMethod start at the method request, after authorization", () => {
    expect(stageSteps.indexOf(authorize)).toBeLessThan(stageSteps.indexOf(methodRequest));
    expect(testInvokeSteps[0]).toBe(methodRequest);
    expect(testInvokeSteps).not.toContain(authorize);
  });
});
