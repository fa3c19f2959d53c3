import { badGateway, integrationTimeout } from "../gateway-errors";
import type { RoutedInvocation } from "../invocation-context";
import { functionNameFromUri, type LambdaOutcome } from "../local-lambdas";

/**
 * Runs the locally registered function a Lambda integration URI names, within the integration's
 * timeoutInMillis. A function that is not registered is a 502, with an execution-log line saying so.
 */
export async function invokeLocalFunction(invocation: RoutedInvocation, uri: string, event: unknown): Promise<LambdaOutcome> {
  const name = functionNameFromUri(uri);
  const fn = name ? invocation.runtime.lambdas.get(name) : undefined;
  if (!fn) {
    invocation.log.add(
      `Execution failed: Lambda function ${name ?? uri} is not registered with the Archway sandbox. Register it with POST /_archway/lambda/functions {name, code}.`,
    );
    throw badGateway();
  }
  const timeoutMs = invocation.method.methodIntegration?.timeoutInMillis ?? 29_000;
  const outcome = await new Promise<LambdaOutcome | "timeout">((resolve, reject) => {
    const cancelTimeout = invocation.runtime.deadlines.after(timeoutMs, () => resolve("timeout"));
    invocation.runtime.lambdas.invoke(fn, event, invocation.requestId).then(
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
  if (outcome === "timeout") {
    invocation.log.add("Execution failed due to a timeout error");
    throw integrationTimeout();
  }
  if (outcome.coldStart) invocation.log.add(`Lambda function ${fn.name} cold start: Init Duration: ${fn.coldStartMs} ms`);
  return outcome;
}
