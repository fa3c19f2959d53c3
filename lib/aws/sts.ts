import "server-only";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { stsClient } from "./clients";

export type CallerIdentity = { accountId: string; arn: string };

/** Who the environment's credentials belong to; fails with the mapped credentials error when they do not work. */
export async function getCallerIdentity(env: EnvironmentSummary): Promise<CallerIdentity> {
  const output = await callAws(env, () => stsClient(env).send(new GetCallerIdentityCommand({})));
  return { accountId: output.Account ?? "", arn: output.Arn ?? "" };
}
