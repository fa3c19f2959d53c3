import "server-only";
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { STSClient } from "@aws-sdk/client-sts";
import { fromIni, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import type { AwsCallTarget } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/** The sandbox accepts any signature; these fixed local credentials are never used against AWS. */
const sandboxCredentials = { accessKeyId: "test", secretAccessKey: "test" };

type ClientSet = { fingerprint: string; apiGateway?: APIGatewayClient; sts?: STSClient };
const clientsByEnvironment = new Map<string, ClientSet>();

/** Shared SDK settings: retries and timeouts live here once, not in callers. */
export function clientConfig(env: EnvironmentSummary) {
  return {
    region: env.region,
    ...(env.endpointUrl ? { endpoint: env.endpointUrl } : {}),
    ...credentialsFor(env),
    // Adaptive mode adds client-side rate limiting when AWS throttles, on top of 3 attempts with backoff.
    maxAttempts: 3,
    retryMode: "adaptive",
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  } as const;
}

function credentialsFor(env: EnvironmentSummary) {
  if (env.kind === "sandbox") return { credentials: sandboxCredentials };
  if (env.credentialsSource === "profile" && env.profile) return { credentials: fromIni({ profile: env.profile }) };
  if (env.credentialsSource === "role" && env.roleArn) {
    return { credentials: fromTemporaryCredentials({ params: { RoleArn: env.roleArn, RoleSessionName: "archway-console" }, clientConfig: { region: env.region } }) };
  }
  // The SDK's default chain: environment variables, AWS_PROFILE, SSO, container and instance roles.
  return {};
}

/** Clients are cached per environment and rebuilt when its settings change. */
function clientSet(env: EnvironmentSummary): ClientSet {
  const fingerprint = JSON.stringify([env.region, env.endpointUrl, env.credentialsSource, env.profile, env.roleArn]);
  const cached = clientsByEnvironment.get(env.id);
  if (cached?.fingerprint === fingerprint) return cached;
  // The old clients are left to the garbage collector rather than destroyed: a request may still be using them.
  const fresh: ClientSet = { fingerprint };
  clientsByEnvironment.set(env.id, fresh);
  return fresh;
}

export function apiGatewayClient(env: EnvironmentSummary): APIGatewayClient {
  const set = clientSet(env);
  set.apiGateway ??= new APIGatewayClient(clientConfig(env));
  return set.apiGateway;
}

export function stsClient(env: EnvironmentSummary): STSClient {
  const set = clientSet(env);
  set.sts ??= new STSClient(clientConfig(env));
  return set.sts;
}

export function awsCallTarget(env: EnvironmentSummary): AwsCallTarget {
  return { kind: env.kind, region: env.region, ...(env.endpointUrl ? { endpointUrl: env.endpointUrl } : {}) };
}
