/**
 * Runs at most `limit` tasks at once, in the order they were queued. A task whose signal aborts before it starts
 * is dropped (react-query cancels reads of rows scrolled or filtered away).
 */
export function limitConcurrency(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        if (signal?.aborted) {
          reject(signal.reason);
          waiting.shift()?.();
          return;
        }
        running += 1;
        task().then(resolve, reject).finally(next);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
  };
}
