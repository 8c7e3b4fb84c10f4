/**
 * Concurrency and rate limit for outgoing requests: at most `concurrency` in flight, and starts spaced
 * at least 1/`perSecond` apart.
 */
export interface Pacer {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createPacer(concurrency: number, perSecond: number): Pacer {
  const interval = 1000 / perSecond;
  let active = 0;
  let nextStart = 0;
  const waiting: (() => void)[] = [];

  const acquire = async (signal?: AbortSignal): Promise<void> => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    const now = Date.now();
    const start = Math.max(now, nextStart);
    nextStart = start + interval;
    if (start > now) await sleep(start - now, signal);
  };
  const release = (): void => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run(task, signal) {
      await acquire(signal).catch((err: unknown) => {
        release();
        throw err;
      });
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
