import { PROTOCOL_VERSION, pushResponseSchema, tabletGroupSchema } from '../../shared/protocol';
import {
  applyTabletResults,
  getTablet,
  nextTabletBatch,
  setTablet,
  tabletOutbox,
} from '../storage/tabletStore';
import { BATCH_SIZE, call, readJson, RetryableError, SAME_ORIGIN, type SyncDeps } from './engine';
import { OutboxLoop } from './loop';

export type TabletSyncOutcome = 'done' | 'not_tablet' | 'locked';

/**
 * One pass for a shared tablet: send what members saved (each with its participant), drop
 * what the server has, then refresh the group (members come and go, today's session code).
 * A locked or expired tablet keeps its unsent ratings until a coach unlocks it again.
 */
export async function syncTabletOnce(deps: SyncDeps): Promise<TabletSyncOutcome> {
  const tablet = await getTablet(deps.database);
  if (!tablet) return 'not_tablet';
  for (;;) {
    const batch = await nextTabletBatch(BATCH_SIZE, deps.database);
    if (batch.length === 0) break;
    const res = await call(deps, '/api/tablet/push', tablet.token, {
      method: 'POST',
      body: JSON.stringify({
        protocol: PROTOCOL_VERSION,
        items: batch.map((e) => ({ participantId: e.participantId, fact: e.fact })),
      }),
    });
    if (res.status === 401) return 'locked';
    if (!res.ok) throw new RetryableError(`tablet push refused with ${res.status}`);
    const parsed = pushResponseSchema.safeParse(await readJson(res));
    if (!parsed.success) throw new RetryableError('unexpected answer');
    const answered = new Set(parsed.data.results.map((r) => r.id));
    if (!batch.some((e) => answered.has(e.factId)))
      throw new RetryableError('answer did not cover the batch');
    await applyTabletResults(parsed.data.results, deps.database);
  }
  const res = await call(deps, '/api/tablet', tablet.token);
  if (res.status === 401) return 'locked';
  if (res.ok) {
    const group = tabletGroupSchema.safeParse(await readJson(res));
    if (group.success) await setTablet({ ...tablet, ...group.data }, deps.database);
  }
  return 'done';
}

/** Ends tablet mode on the server too (best effort: the token also expires by itself). */
export async function lockTablet(deps: SyncDeps, token: string): Promise<void> {
  try {
    await call(deps, '/api/tablet/lock', token, { method: 'POST' });
  } catch {
    // Offline: the 12-hour expiry still ends it.
  }
}

export interface TabletCounts {
  waiting: number;
  refused: number;
}

/** What waits on the tablet and what the server refused: counts only, never whose. */
async function tabletCounts(): Promise<TabletCounts> {
  const entries = await tabletOutbox();
  return {
    waiting: entries.filter((e) => !e.rejected).length,
    refused: entries.filter((e) => e.rejected).length,
  };
}

/**
 * The shared tablet's outbox: sent as soon as a rating is saved, when the network comes back
 * and every half minute, so the device holds members' ratings as briefly as it can.
 */
export const tabletLoop = new OutboxLoop<TabletSyncOutcome, TabletCounts>({
  pass: () => syncTabletOnce(SAME_ORIGIN),
  summary: tabletCounts,
  empty: { waiting: 0, refused: 0 },
  done: 'done',
  intervalMs: 30_000,
});
