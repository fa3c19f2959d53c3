import type { EnvironmentSummary } from "./environments";

export const sandboxEnvironmentId = "sandbox";

/** The built-in local sandbox; it is not stored, so it cannot be edited or deleted. */
export function sandboxEnvironment(env: NodeJS.ProcessEnv = process.env): EnvironmentSummary {
  return {
    id: sandboxEnvironmentId,
    name: "Sandbox",
    kind: "sandbox",
    region: "us-east-1",
    credentialsSource: "static",
    endpointUrl: env.ARCHWAY_SANDBOX_URL ?? "http://127.0.0.1:4566",
    protected: false,
  };
}
