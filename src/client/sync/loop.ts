import { outboxSummary, type OutboxSummary } from '../storage/syncStore';
import { backoffMs, RetryableError, SAME_ORIGIN, syncOnce, type SyncOutcome } from './engine';
import { FACT_SAVED_EVENT } from '../storage/facts';
import { BACKGROUND_SYNC_TAG, withSyncLock } from './lock';

/**
 * Runs sync when it is worth it (start-up, back online, after a save, when the app is
 * shown again, every few minutes) in one tab at a time, backing off after failures.
 * Background Sync, where the browser has it, only adds a chance; this loop is the rule.
 */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'retrying' | SyncOutcome;

export interface SyncStatus {
  state: SyncState;
  outbox: OutboxSummary;
  lastSyncedAt: string | null;
}

const TIMER_MS = 5 * 60_000;
const LOCK_BUSY_RETRY_MS = 1_500;

type Listener = (status: SyncStatus) => void;

export class SyncLoop {
  private status: SyncStatus = {
    state: 'idle',
    outbox: { waiting: 0, rejected: [] },
    lastSyncedAt: null,
  };
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private running = false;
  private again = false;

  start(): () => void {
    const now = () => void this.run();
    const onVisible = () => document.visibilityState === 'visible' && now();
    const onOffline = () => this.publish({ state: 'offline' });
    const onSaved = () => this.afterSave();
    addEventListener(FACT_SAVED_EVENT, onSaved);
    addEventListener('online', now);
    addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    void this.run();
    return () => {
      removeEventListener(FACT_SAVED_EVENT, onSaved);
      removeEventListener('online', now);
      removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
      clearTimeout(this.timer);
    };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** After a save: send now, and ask the browser to retry in the background if we cannot. */
  afterSave(): void {
    void registerBackgroundSync();
    void this.run();
  }

  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    clearTimeout(this.timer);
    try {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    } finally {
      this.running = false;
    }
  }

  private async pass(): Promise<void> {
    await this.refreshOutbox();
    if (!navigator.onLine) return this.publish({ state: 'offline' }, TIMER_MS);
    this.publish({ state: 'syncing' });
    try {
      const outcome = await withSyncLock(() => syncOnce(SAME_ORIGIN));
      this.attempt = 0;
      await this.refreshOutbox();
      const lastSyncedAt = outcome === 'done' ? new Date().toISOString() : this.status.lastSyncedAt;
      // A busy lock means another tab or the service worker is sending right now: look
      // again shortly, so this screen shows the result instead of a stale count.
      this.publish(
        { state: outcome ?? 'syncing', lastSyncedAt },
        outcome === null ? LOCK_BUSY_RETRY_MS : TIMER_MS,
      );
    } catch (error) {
      await this.refreshOutbox().catch(() => {});
      const wait =
        error instanceof RetryableError && error.retryAfterMs
          ? error.retryAfterMs
          : backoffMs(this.attempt++);
      this.publish({ state: navigator.onLine ? 'retrying' : 'offline' }, wait);
    }
  }

  private async refreshOutbox() {
    this.status = { ...this.status, outbox: await outboxSummary() };
  }

  private publish(change: Partial<SyncStatus>, nextInMs?: number) {
    this.status = { ...this.status, ...change };
    for (const l of this.listeners) l(this.status);
    if (nextInMs !== undefined) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(), nextInMs);
    }
  }
}

async function registerBackgroundSync(): Promise<void> {
  try {
    const reg = await navigator.serviceWorker?.ready;
    const sync = (
      reg as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }
    )?.sync;
    await sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Not supported (iOS, Firefox): the loop above still sends on the next trigger.
  }
}

export const syncLoop = new SyncLoop();
