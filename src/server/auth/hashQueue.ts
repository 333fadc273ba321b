/**
 * scrypt at our cost takes 128 MB for a fifth of a second. Sixteen at once took the
 * server from 121 to 615 MB, so at most this many run together; the rest wait their turn.
 */
export const HASH_CONCURRENCY = 2;

let running = 0;
const waiting: (() => void)[] = [];

export async function inHashQueue<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** How many hashes run and wait now (for the tests and the bench). */
export const hashLoad = () => ({ running, waiting: waiting.length });
