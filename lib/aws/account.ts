import "server-only";
import { GetAccountCommand, type Account } from "@aws-sdk/client-api-gateway";
import type { AccountSettings } from "@/lib/domain/account-settings";
import { defaultAccountThrottle } from "@/lib/domain/effective-limits";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** The account's API Gateway settings in the environment's Region (GetAccount). */
export async function getAccountSettings(env: EnvironmentSummary): Promise<AccountSettings> {
  return toAccountSettings(await callAws(env, () => apiGatewayClient(env).send(new GetAccountCommand({}))));
}

function toAccountSettings(account: Account): AccountSettings {
  const throttle = account.throttleSettings;
  return {
    // An account AWS reports without a throttle has the defaults (facts §5.1).
    throttle: {
      rateLimit: throttle?.rateLimit ?? defaultAccountThrottle.rateLimit,
      burstLimit: throttle?.burstLimit ?? defaultAccountThrottle.burstLimit,
    },
    cloudwatchRoleArn: account.cloudwatchRoleArn || null,
  };
}
