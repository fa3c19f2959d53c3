import type { Logger } from "../logger";
import { accessLogVariables, renderAccessLogLine } from "./access-log";
import type { InvocationOutcome } from "./chain";
import type { Invocation } from "./invocation-context";

/**
 * The sandbox has no CloudWatch Logs: a stage's access log lines (its accessLogSettings.format) and, at
 * loggingLevel INFO (or ERROR, for failed requests), its execution logs go to the sandbox's own log.
 */
export function writeStageLogs(logger: Logger, invocation: Invocation, outcome: InvocationOutcome, latencyMs: number): void {
  const { target } = invocation;
  if (target.accessLogFormat) {
    const variables = accessLogVariables(invocation, outcome, latencyMs);
    logger.info(`access log ${stageOf(invocation)}: ${target.accessLog ? target.accessLog(variables) : renderAccessLogLine(target.accessLogFormat, variables)}`);
  }
  const routed = outcome.routed;
  const level = routed && routed.deployment.methodSetting(target.methodSettings, routed.resource.path, routed.method.httpMethod).loggingLevel;
  if (keepsExecutionLog(level) && (level === "INFO" || outcome.response.statusCode >= 400)) logger.info(`execution log ${stageOf(invocation)}\n${invocation.log.toString()}`);
}

/** "{apiId}/{stage}", built only for a line that is written: most requests write none. */
const stageOf = ({ target }: Invocation) => `${target.restApi.id}/${target.stageName}`;

/** Whether a method's loggingLevel may print its execution log: INFO always, ERROR for failed requests. */
export const keepsExecutionLog = (level: string | undefined): boolean => level === "INFO" || level === "ERROR";
