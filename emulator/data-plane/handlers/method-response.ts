import { logMap } from "../execution-log";
import { withDisplayNames } from "../header-names";
import type { Step } from "./step";

/** The method response: what the client gets, logged as AWS logs it. */
export const methodResponse: Step = (invocation, next) => {
  const response = invocation.response!;
  response.headers["content-type"] ??= "application/json";
  invocation.log.add(() => `Method response body after transformations: ${response.body.toString("utf8")}`);
  invocation.log.add(() => `Method response headers: ${logMap(withDisplayNames(response.headers))}`);
  invocation.log.add("Successfully completed execution");
  invocation.log.add(`Method completed with status: ${response.statusCode}`);
  return next();
};
