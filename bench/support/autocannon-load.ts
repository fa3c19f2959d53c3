// Drives one URL with autocannon (keep-alive connections, each sending its next request when the previous one
// answers) and reads the server's own CPU time around the run, from /proc.
import autocannon from "autocannon";
import { cpuMs } from "./bench-servers";
import { percentiles } from "./closed-loop";

export interface HttpLoad {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface HttpLoadResult {
  readonly requests: number;
  readonly perSecond: number;
  /** Percentiles of the 2xx answers' times, exact to the microsecond (autocannon's own histogram keeps whole ms). */
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
  const times: number[] = [];
  const instance = autocannon({
    url: target.url,
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
  });
  // autocannon times each answer with process.hrtime, then rounds it into an integer histogram; the event has it whole.
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
  });
  const result = await instance;
  const at = percentiles(times);
  const served = result.requests.total;
  return {
    requests: served,
    perSecond: served / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMsPerRequest: served > 0 ? (cpuMs(pid) - before) / served : NaN,
  };
}
