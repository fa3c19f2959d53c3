import { badGateway, integrationTimeout } from "../gateway-errors";
import type { RoutedInvocation } from "../invocation-context";
import { functionNameFromUri, type LambdaOutcome, type LocalFunction } from "../local-lambdas";

/**
 * Runs the locally registered function a Lambda integration URI names, within the integration's
 * timeoutInMillis. A function that is not registered is a 502, with an execution-log line saying so.
 */
export function invokeLocalFunction(invocation: RoutedInvocation, uri: string, event: unknown): Promise<LambdaOutcome> {
  const name = functionNameFromUri(uri);
  const lambdas = invocation.runtime.lambdas;
  const fn = name ? lambdas.get(name) : undefined;
  if (!fn) {
    invocation.log.add(
      `Execution failed: Lambda function ${name ?? uri} is not registered with the Archway sandbox. Register it with POST /_archway/lambda/functions {name, code}.`,
    );
    return Promise.reject(badGateway());
  }
  const timeoutMs = invocation.method.methodIntegration?.timeoutInMillis ?? 29_000;
  // A warm function starts now and its own timeout ends it within timeoutMs of the function: when that is shorter
  // than the integration's, the integration's can never come first and is not armed (most requests: 3 s and 29 s).
  const cold = lambdas.startsCold(fn);
  const outcome = !cold && fn.timeoutMs < timeoutMs ? lambdas.invoke(fn, event, invocation.requestId, cold) : withTimeout(invocation, fn, event, timeoutMs, cold);
  return outcome.then((settled) => {
    if (settled === "timeout") {
      invocation.log.add("Execution failed due to a timeout error");
      throw integrationTimeout();
    }
    if (settled.coldStart) invocation.log.add(`Lambda function ${fn.name} cold start: Init Duration: ${fn.coldStartMs} ms`);
    return settled;
  });
}

/** The function's outcome, or "timeout" once the integration's timeoutInMillis has passed. */
function withTimeout(invocation: RoutedInvocation, fn: LocalFunction, event: unknown, timeoutMs: number, cold: boolean): Promise<LambdaOutcome | "timeout"> {
  return new Promise((resolve, reject) => {
    const cancelTimeout = invocation.runtime.deadlines.after(timeoutMs, () => resolve("timeout"));
    invocation.runtime.lambdas.invoke(fn, event, invocation.requestId, cold).then(
      (result) => {
        cancelTimeout();
        resolve(result);
      },
      (error: unknown) => {
        cancelTimeout();
        reject(error);
      },
    );
  });
}
