import { BACKGROUND_SYNC_TAG, SW_MESSAGE } from '../../shared/serviceWorker';
import { getDevice, outboxSummary, type OutboxSummary } from '../storage/syncStore';
import type { SyncOutcome } from './engine';
import { backoffMs, RetryableError, SAME_ORIGIN } from './transport';
import { FACT_SAVED_EVENT } from '../storage/facts';
import { withSyncLock } from './lock';

/**
 * Runs an outbox's sync when it is worth it (start-up, back online, after a save, when the
 * app is shown again, on a timer) in one tab at a time, backing off after failures. The
 * phone's outbox and the shared tablet's each run one. Background Sync, where the browser
 * has it, only adds a chance; this loop is the rule.
 */
export type LoopState<Outcome> = 'idle' | 'syncing' | 'offline' | 'retrying' | Outcome;

export interface LoopStatus<Outcome, Summary> {
  state: LoopState<Outcome>;
  outbox: Summary;
  lastSyncedAt: string | null;
  /** False until the outbox has been read: until then a screen may say nothing about it. */
  known: boolean;
  /**
   * The last state other than 'syncing': a pass with nothing to send shows this, so "not
   * connected" and its link stay under the finger that started it, even on a screen
   * opened during the pass.
   */
  settledState: LoopState<Outcome>;
}

export interface OutboxSpec<Outcome, Summary> {
  /** One pass: send what waits. */
  pass(): Promise<Outcome>;
  /** What waits and what was refused, for the screen. */
  summary(): Promise<Summary>;
  empty: Summary;
  /** What the device's own store tells without the server (the phone: not joined yet). */
  storedState?(): Promise<Outcome | null>;
  /** The outcome that means everything went. */
  done: Outcome;
  intervalMs: number;
  /** Ask the browser to wake the app for one more try after a save (the phone). */
  backgroundSync?: boolean;
}

const LOCK_BUSY_RETRY_MS = 1_500;

export class OutboxLoop<Outcome extends string, Summary> {
  private status: LoopStatus<Outcome, Summary>;
  private listeners = new Set<(status: LoopStatus<Outcome, Summary>) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private running = false;
  private again = false;

  constructor(private readonly spec: OutboxSpec<Outcome, Summary>) {
    this.status = {
      state: 'idle',
      outbox: spec.empty,
      lastSyncedAt: null,
      known: false,
      settledState: 'idle',
    };
  }

  /**
   * What the store alone can tell, shown before the first pass (which waits until the
   * screen has settled): what waits, and whether the device has joined. Without it the
   * screen would say "everything is sent" over an outbox it had not read.
   */
  async showStored(): Promise<void> {
    const [outbox, state] = await Promise.all([this.spec.summary(), this.spec.storedState?.()]);
    // A pass that got there first knows more.
    if (this.status.known) return;
    this.publish({ outbox, known: true, ...(state ? { state } : {}) });
  }

  start(): () => void {
    const now = () => void this.run();
    const onVisible = () => document.visibilityState === 'visible' && now();
    const onOffline = () => this.publish({ state: 'offline' });
    const onSaved = () => this.afterSave();
    // The service worker's Background Sync wakes an open page to send (it holds no outbox).
    const onWorker = (e: MessageEvent) => e.data?.type === SW_MESSAGE.syncNow && now();
    addEventListener(FACT_SAVED_EVENT, onSaved);
    addEventListener('online', now);
    addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    navigator.serviceWorker?.addEventListener('message', onWorker);
    void this.run();
    return () => {
      removeEventListener(FACT_SAVED_EVENT, onSaved);
      removeEventListener('online', now);
      removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
      navigator.serviceWorker?.removeEventListener('message', onWorker);
      clearTimeout(this.timer);
    };
  }

  subscribe(listener: (status: LoopStatus<Outcome, Summary>) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called now and after each pass that heard from the server: what a screen showing the
   * phone's store needs, without reading it again on every "sending…" in between.
   */
  onSynced(listener: () => void): () => void {
    let last: string | null | undefined;
    return this.subscribe((status) => {
      if (status.lastSyncedAt === last) return;
      last = status.lastSyncedAt;
      listener();
    });
  }

  /** After a save: send now, and ask the browser to retry in the background if we cannot. */
  afterSave(): void {
    if (this.spec.backgroundSync) void registerBackgroundSync();
    void this.run();
  }

  /** A pass now; one asked for during a pass runs right after it, not on the timer. */
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
    if (!navigator.onLine) return this.publish({ state: 'offline' }, this.spec.intervalMs);
    this.publish({ state: 'syncing' });
    try {
      const outcome = await withSyncLock(() => this.spec.pass());
      this.attempt = 0;
      await this.refreshOutbox();
      const lastSyncedAt =
        outcome === this.spec.done ? new Date().toISOString() : this.status.lastSyncedAt;
      // A busy lock means another tab or outbox is sending right now: look again shortly,
      // so this screen shows the result instead of a stale count.
      this.publish(
        { state: outcome ?? 'syncing', lastSyncedAt },
        outcome === null ? LOCK_BUSY_RETRY_MS : this.spec.intervalMs,
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
    this.status = { ...this.status, outbox: await this.spec.summary(), known: true };
  }

  private publish(change: Partial<LoopStatus<Outcome, Summary>>, nextInMs?: number) {
    this.status = { ...this.status, ...change };
    if (this.status.state !== 'syncing') this.status.settledState = this.status.state;
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

export type SyncState = LoopState<SyncOutcome>;
export type SyncStatus = LoopStatus<SyncOutcome, OutboxSummary>;

/** The phone's own outbox: every five minutes at the latest. */
export const syncLoop = new OutboxLoop<SyncOutcome, OutboxSummary>({
  // The engine loads with the first pass, after the first screen is drawn.
  pass: () => import('./engine').then((engine) => engine.syncOnce(SAME_ORIGIN)),
  summary: outboxSummary,
  empty: { waiting: 0, rejected: [] },
  storedState: async () => ((await getDevice()) ? null : 'not_connected'),
  done: 'done',
  intervalMs: 5 * 60_000,
  backgroundSync: true,
});
