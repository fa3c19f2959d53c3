// Drives one URL with autocannon (keep-alive connections, each sending its next request when the previous one
// answers) and reads the server's own CPU time around the run, from /proc.
import autocannon from "autocannon";
import { cpuMs } from "./bench-servers";

export interface HttpLoad {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface HttpLoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  readonly errors: number;
  /** CPU ms per request of the server process (user + system, all threads). */
  readonly serverCpuMsPerRequest: number;
}

/** At most this long per warm-up, for a target that stalls under load. */
const WARM_UP_LIMIT_MS = 15_000;

/** Sends `requests` requests first, unmeasured, so JIT compilation and connection pools are warm. */
export function warmUp(target: HttpLoad, connections: number, requests: number): Promise<void> {
  return new Promise((resolve) => {
    const options = { url: target.url, method: target.method ?? "GET", headers: target.headers, body: target.body, connections, amount: requests };
    const instance = autocannon(options, () => {
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => instance.stop(), WARM_UP_LIMIT_MS);
  });
}

/** Sends requests on `connections` connections for `seconds`, and measures the server `pid` meanwhile. */
export async function httpLoad(target: HttpLoad, connections: number, seconds: number, pid: number): Promise<HttpLoadResult> {
  const before = cpuMs(pid);
  const result = await autocannon({
    url: target.url,
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
  });
  const served = result.requests.total;
  return {
    requests: served,
    perSecond: served / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMsPerRequest: served > 0 ? (cpuMs(pid) - before) / served : NaN,
  };
}
