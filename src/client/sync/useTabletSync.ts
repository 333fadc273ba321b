import { useEffect, useState } from 'preact/hooks';
import { FACT_SAVED_EVENT } from '../storage/facts';
import { tabletOutbox } from '../storage/tabletStore';
import { backoffMs, RetryableError, SAME_ORIGIN } from './engine';
import { withSyncLock } from './lock';
import { syncTabletOnce } from './tablet';

export interface TabletSyncStatus {
  state: 'syncing' | 'done' | 'offline' | 'retrying' | 'locked';
  waiting: number;
  refused: number;
}

const TIMER_MS = 30_000;
const LOCK_BUSY_RETRY_MS = 1_500;

/**
 * Sends a shared tablet's ratings as soon as they are saved, when the network comes back and
 * every half minute, so the device holds members' ratings as briefly as it can.
 */
export function useTabletSync(onPass: () => void): TabletSyncStatus {
  const [status, setStatus] = useState<TabletSyncStatus>({
    state: 'syncing',
    waiting: 0,
    refused: 0,
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    let running = false;
    let again = false;
    const count = async () => {
      const entries = await tabletOutbox();
      return {
        waiting: entries.filter((e) => !e.rejected).length,
        refused: entries.filter((e) => e.rejected).length,
      };
    };
    const pass = async (): Promise<void> => {
      // A save during a pass gets its own pass right after, not the half-minute timer.
      if (running) {
        again = true;
        return;
      }
      running = true;
      clearTimeout(timer);
      let state: TabletSyncStatus['state'] = 'done';
      let wait = TIMER_MS;
      if (!navigator.onLine) state = 'offline';
      else
        try {
          const outcome = await withSyncLock(() => syncTabletOnce(SAME_ORIGIN));
          if (outcome === 'locked') state = 'locked';
          // A busy lock: the phone's own sync loop is running; look again shortly.
          if (outcome === null) wait = LOCK_BUSY_RETRY_MS;
          attempt = 0;
        } catch (error) {
          state = navigator.onLine ? 'retrying' : 'offline';
          wait =
            error instanceof RetryableError && error.retryAfterMs
              ? error.retryAfterMs
              : backoffMs(attempt++);
        }
      running = false;
      if (stopped) return;
      setStatus({ state, ...(await count().catch(() => ({ waiting: 0, refused: 0 }))) });
      onPass();
      if (again) {
        again = false;
        return pass();
      }
      timer = setTimeout(() => void pass(), wait);
    };
    const now = () => void pass();
    addEventListener(FACT_SAVED_EVENT, now);
    addEventListener('online', now);
    addEventListener('offline', now);
    void pass();
    return () => {
      stopped = true;
      clearTimeout(timer);
      removeEventListener(FACT_SAVED_EVENT, now);
      removeEventListener('online', now);
      removeEventListener('offline', now);
    };
  }, []);
  return status;
}
