/** One sync at a time across tabs and outboxes; a busy lock skips this pass. */
export async function withSyncLock<T>(work: () => Promise<T>): Promise<T | null> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  return locks.request('stegvis-sync', { ifAvailable: true }, (lock) => (lock ? work() : null));
}
