import "server-only";
import { mapAwsError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { awsCallTarget } from "./clients";

/** What a mutation returns: the domain value and the AWS request id for the audit log. */
export type AwsResult<T> = { value: T; requestId: string | null };

type WithMetadata = { $metadata: { requestId?: string } };

/** Runs one SDK call, turning any failure into a ConsoleError that names the environment's endpoint or region. */
export async function callAws<T extends WithMetadata>(env: EnvironmentSummary, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw mapAwsError(error, awsCallTarget(env));
  }
}

export function requestIdOf(output: WithMetadata): string | null {
  return output.$metadata.requestId ?? null;
}
