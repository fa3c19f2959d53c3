// A closed-loop load generator: N clients, each sending its next request when the previous one answers.

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `total` calls over `clients` concurrent loops; `call(i)` gets a unique index per request. */
export async function closedLoop(clients: number, total: number, call: (index: number) => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const loop = async () => {
    while (next < total) {
      const index = next++;
      const begin = performance.now();
      await call(index);
      latencies.push(performance.now() - begin);
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: clients }, loop));
  const seconds = (performance.now() - begin) / 1000;
  const at = percentiles(latencies);
  return { requests: total, seconds, perSecond: total / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

/** Sorts `samples` in place and returns the value at a fraction of them (NaN when there are none). */
export function percentiles(samples: number[]): (fraction: number) => number {
  samples.sort((a, b) => a - b);
  return (fraction) => samples[Math.min(samples.length - 1, Math.floor(fraction * samples.length))] ?? NaN;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
