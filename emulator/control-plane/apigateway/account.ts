// Account-level API Gateway settings: the CloudWatch role used for logging, and the account throttle.
import { badRequest } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { tables } from "./tables";

export interface Account {
  cloudwatchRoleArn?: string;
  throttleSettings: { burstLimit: number; rateLimit: number };
  features: string[];
  apiKeyVersion: string;
}

/** AWS's defaults for a fresh account: 10,000 rps with a 5,000 burst, usage plans on. */
export const defaultAccount = (): Account => ({
  throttleSettings: { burstLimit: 5000, rateLimit: 10000 },
  features: ["UsagePlans"],
  apiKeyVersion: "4",
});

const roleArnPattern = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function getAccount(ctx: OpContext): Account {
  return ctx.state.table<Account>(tables.account).get("", "account") ?? defaultAccount();
}

const accountPatchRules: PatchRules<Account> = {
  "/cloudwatchRoleArn": { ops: ["replace"], apply: (account, value) => {
    if (value && !roleArnPattern.test(value)) throw badRequest(`The role ARN is not well formed: ${value}`);
    return { ...account, cloudwatchRoleArn: value || undefined };
  } },
  "/features": { ops: ["add", "remove"], apply: (account, value, op) => {
    if (!value) throw badRequest("Invalid feature: null");
    const others = account.features.filter((feature) => feature !== value);
    return { ...account, features: op === "add" ? [...others, value] : others };
  } },
};

export function updateAccount(ctx: OpContext, operations: PatchOperation[]): Account {
  const account = applyPatch(getAccount(ctx), operations, accountPatchRules);
  return ctx.state.table<Account>(tables.account).put("", "account", account);
}
