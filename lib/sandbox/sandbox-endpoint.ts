import "server-only";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** The sandbox's base URL for traffic and admin calls: only for sandbox environments, and only on loopback. */
export function sandboxEndpoint(env: EnvironmentSummary): URL {
  if (env.kind !== "sandbox" || !env.endpointUrl) {
    throw new ConsoleError("validation", "Sample traffic and synthetic history are only for sandbox environments; on AWS, send real traffic.");
  }
  const url = new URL(env.endpointUrl);
  if (!loopbackHosts.has(url.hostname)) {
    throw new ConsoleError("validation", `The sandbox endpoint ${url.host} is not on this machine; sample traffic is sent only to loopback.`);
  }
  return url;
}
