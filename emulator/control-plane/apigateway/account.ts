// Account-level API Gateway settings: the CloudWatch role used for logging, and the account throttle.
import { badRequest } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { tables } from "./tables";
import type { ServiceQuotas } from "../../realism/service-quotas";

export interface Account {
  cloudwatchRoleArn?: string;
  throttleSettings: { burstLimit: number; rateLimit: number };
  features: string[];
  apiKeyVersion: string;
}

/** A fresh account: usage plans on, and the throttle quota (AWS's 10,000 rps with a 5,000 burst unless raised). */
export const defaultAccount = (quotas: ServiceQuotas): Account => ({
  throttleSettings: { burstLimit: quotas.accountThrottleBurstLimit, rateLimit: quotas.accountThrottleRateLimit },
  features: ["UsagePlans"],
  apiKeyVersion: "4",
});

const roleArnPattern = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function getAccount(ctx: OpContext): Account {
  const stored = ctx.state.table<Account>(tables.account).get("", "account");
  // The throttle is a quota, not a setting UpdateAccount changes: it always shows the quota in force.
  const fresh = defaultAccount(ctx.config.quotas);
  return stored ? { ...stored, throttleSettings: fresh.throttleSettings } : fresh;
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
