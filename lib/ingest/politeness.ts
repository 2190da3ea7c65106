// Per-host politeness for the fetcher: one request at a time to a host, and a pause after each
// before the next one starts (ATLAS_FETCH_HOST_DELAY_MS), so that a feed of fifty items from one
// outlet never lands on it as fifty requests at once. The queue is per process.
// Relative imports: the ingest CLI uses this outside the Next bundle too.

export const DEFAULT_HOST_DELAY_MS = 1_000;

/** The end of the last task queued per host: the next one starts after it. */
const queues = new Map<string, Promise<void>>();
/** When the host may be asked again, set as each task ends. */
const nextStart = new Map<string, number>();

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `task` once every earlier task for the host has ended and the pause after the last one is
 * over; tasks for other hosts do not wait. A task that fails still frees the host.
 */
export async function politely<T>(host: string, delayMs: number, task: () => Promise<T>): Promise<T> {
  const key = host.toLowerCase();
  const before = queues.get(key) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((r) => {
    done = r;
  });
  // Successors wait for the whole chain, so an earlier task is never overtaken.
  const tail = before.then(() => mine);
  queues.set(key, tail);
  await before;
  const wait = (nextStart.get(key) ?? 0) - Date.now();
  if (wait > 0) await sleep(wait);
  try {
    return await task();
  } finally {
    const at = Date.now() + delayMs;
    nextStart.set(key, at);
    done();
    if (queues.get(key) === tail) queues.delete(key);
    // Forget the host once its pause is over, so the maps hold only hosts asked lately.
    setTimeout(() => nextStart.get(key) === at && nextStart.delete(key), delayMs + 1).unref();
  }
}
