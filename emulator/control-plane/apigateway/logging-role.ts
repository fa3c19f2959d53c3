// AWS refuses to turn on CloudWatch logging for a stage until the account (per region) names the IAM role
// API Gateway writes logs with.
import { badRequest } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { getAccount } from "./account";

function turnsLoggingOn(operation: PatchOperation): boolean {
  if (operation.op === "remove") return false;
  if (operation.path.endsWith("/logging/loglevel")) return operation.value !== "OFF";
  if (operation.path.endsWith("/logging/dataTrace")) return operation.value === "true";
  // Firehose destinations need no CloudWatch role; log groups do.
  return operation.path === "/accessLogSettings/destinationArn" && /^arn:aws[a-z-]*:logs:/.test(operation.value ?? "");
}

export function checkLoggingRole(ctx: OpContext, operations: readonly PatchOperation[]): void {
  if (operations.some(turnsLoggingOn) && !getAccount(ctx).cloudwatchRoleArn) {
    throw badRequest("CloudWatch Logs role ARN must be set in account settings to enable logging");
  }
}
