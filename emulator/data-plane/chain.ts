import type { Logger } from "../logger";
import type { Invocation, InvocationResponse, RoutedInvocation } from "./invocation-context";
import type { Step } from "./handlers/step";
import { route } from "./handlers/route";
import { authorize } from "./handlers/authorize";
import { checkApiKey } from "./handlers/api-key";
import { throttle } from "./handlers/throttle";
import { cache } from "./handlers/cache";
import { methodRequest } from "./handlers/method-request";
import { integrationRequest } from "./handlers/integration-request";
import { integrate } from "./handlers/integration";
import { integrationResponse } from "./handlers/integration-response";
import { methodResponse } from "./handlers/method-response";
import { renderGatewayException } from "./handlers/gateway-exception";
import { GatewayError } from "./gateway-errors";

// The data plane, in AWS's order. Parsing happens before (serve.ts) and route() narrows the invocation to
// a RoutedInvocation; every step after it runs over that. Failures from any step go to one handler.
export const stageSteps: readonly Step[] = [
  authorize,
  checkApiKey,
  throttle,
  cache,
  methodRequest,
  integrationRequest,
  integrate,
  integrationResponse,
  methodResponse,
];

/** TestInvokeMethod starts at the method request: no authorizer, API key, throttling or cache, as on AWS. */
export const testInvokeSteps: readonly Step[] = stageSteps.slice(stageSteps.indexOf(methodRequest));

/** Runs steps in order; a step may stop the chain by not calling next (a cache hit), as in hono's compose. */
export function compose(steps: readonly Step[]): (invocation: RoutedInvocation) => Promise<void> {
  return (invocation) => {
    let last = -1;
    // Not async itself: each step already is, and a wrapper promise per step would double the promises per request.
    const dispatch = (i: number): Promise<void> => {
      if (i <= last) return Promise.reject(new Error("next() called more than once in a data-plane step"));
      last = i;
      const step = steps[i];
      if (!step) return Promise.resolve();
      // A step that is not async throws where it is called: the chain still answers with a rejected promise.
      try {
        return step(invocation, () => dispatch(i + 1));
      } catch (error) {
        return Promise.reject(error);
      }
    };
    return dispatch(0);
  };
}

export interface InvocationOutcome {
  readonly response: InvocationResponse;
  /** The failure the response renders, when there was one ($context.error in access logs). */
  readonly error?: { readonly message: string; readonly responseType: string };
  /** Present once routing succeeded: metrics and TestInvoke read what the steps learned. */
  readonly routed: RoutedInvocation | undefined;
}

const runStage = compose(stageSteps);
const runTestInvoke = compose(testInvokeSteps);

/** Serves a request to a deployed stage. */
export function runStageInvocation(invocation: Invocation, logger?: Logger): Promise<InvocationOutcome> {
  let routed: RoutedInvocation;
  try {
    routed = route(invocation);
  } catch (error) {
    return Promise.resolve(failed(invocation, undefined, error, logger));
  }
  // A promise chain rather than an async function: one frame fewer on every request.
  return runStage(routed).then(
    () => ({ response: routed.response!, routed }),
    (error: unknown) => failed(routed, routed, error, logger),
  );
}

/** The outcome of a request a step failed: the gateway response for the error. */
const failed = (invocation: Invocation, routed: RoutedInvocation | undefined, error: unknown, logger: Logger | undefined): InvocationOutcome => ({
  response: renderGatewayException(invocation, error, logger),
  routed,
  error: describeError(error),
});

/** Runs TestInvokeMethod's part of the chain on an invocation already pointed at its resource and method. */
export async function runTestInvocation(routed: RoutedInvocation, logger?: Logger): Promise<InvocationOutcome> {
  try {
    await runTestInvoke(routed);
    return { response: routed.response!, routed };
  } catch (error) {
    return failed(routed, routed, error, logger);
  }
}

const describeError = (error: unknown) =>
  error instanceof GatewayError ? { message: error.message, responseType: error.responseType } : { message: "Internal server error", responseType: "DEFAULT_5XX" };
