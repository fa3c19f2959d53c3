import { logMap, type ExecutionLog } from "../execution-log";
import type { InvocationResponse } from "../invocation-context";
import { withDisplayNames } from "../header-names";
import type { Step } from "./step";

/** The method response: what the client gets, logged as AWS logs it. */
export const methodResponse: Step = (invocation, next) => {
  const response = invocation.response!;
  response.headers["content-type"] ??= "application/json";
  if (invocation.log.isKept) logMethodResponse(invocation.log, response);
  return next();
};

function logMethodResponse(log: ExecutionLog, response: InvocationResponse): void {
  log.add(() => `Method response body after transformations: ${response.body.toString("utf8")}`);
  log.add(() => `Method response headers: ${logMap(withDisplayNames(response.headers))}`);
  log.add("Successfully completed execution");
  log.add(`Method completed with status: ${response.statusCode}`);
}
