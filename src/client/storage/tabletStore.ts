import { type TabletGroup, type PushResult } from '../../shared/protocol';
import type { Fact } from '../../shared/rating';
import { loadFactSchema } from './factSchema';
import type { TabletEntry, StegvisDB } from './db';
import { FACT_SAVED_EVENT, withDb } from './facts';
import { StorageError } from './errors';

/** The tablet's unlock: its token and what it knows of the group. */
export interface TabletCredential extends TabletGroup {
  tabletId: string;
  token: string;
}

const TABLET = 'tablet';
/** Fired when tablet mode starts or ends, so the app switches screens. */
export const TABLET_CHANGED_EVENT = 'stegvis:tablet-changed';
const changed = () => globalThis.dispatchEvent?.(new Event(TABLET_CHANGED_EVENT));

export const getTablet = (database?: StegvisDB) =>
  withDb(database, async (c) => (await c.get('meta', TABLET)) as TabletCredential | undefined);

export const setTablet = (tablet: TabletCredential, database?: StegvisDB) =>
  withDb(database, async (c) => {
    await c.put('meta', tablet, TABLET);
  }).then(changed);

/** Ending tablet mode is refused while ratings wait to be sent: nothing may be lost. */
export class UnsentRatingsError extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} ratings not sent yet`);
  }
}

/**
 * Ends tablet mode: the credential and member codes go, and so do ratings the server
 * refused (they can never be accepted; the coach was shown them). Ratings still waiting
 * to be sent make it refuse.
 */
export async function clearTablet(database?: StegvisDB): Promise<void> {
  const waiting = await withDb(database, async (c) => {
    const tx = c.transaction(['meta', 'tabletOutbox'], 'readwrite');
    const entries = await tx.objectStore('tabletOutbox').getAll();
    const pending = entries.filter((e) => !e.rejected).length;
    if (pending === 0) {
      await tx.objectStore('tabletOutbox').clear();
      await tx.objectStore('meta').delete(TABLET);
    }
    await tx.done;
    return pending;
  });
  if (waiting > 0) throw new UnsentRatingsError(waiting);
  changed();
}

/** Saves one member's rating until it is sent; resolves after the commit, like saveFact. */
export async function saveTabletFact(
  participantId: string,
  fact: Fact,
  database?: StegvisDB,
): Promise<void> {
  if (!(await loadFactSchema()).safeParse(fact).success) throw new StorageError('invalid');
  await withDb(database, async (c) => {
    const tx = c.transaction('tabletOutbox', 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.objectStore('tabletOutbox').add({
        factId: fact.id,
        participantId,
        fact,
        enqueuedAt: new Date().toISOString(),
      }),
      tx.done,
    ]);
  });
  globalThis.dispatchEvent?.(new Event(FACT_SAVED_EVENT));
}

export const nextTabletBatch = (limit: number, database?: StegvisDB) =>
  withDb(database, async (c) => {
    const all = await c.getAllFromIndex('tabletOutbox', 'byEnqueuedAt');
    return all.filter((e) => !e.rejected).slice(0, limit);
  });

/** Accepted and duplicate leave the tablet for good; rejected stay, with the reason. */
export const applyTabletResults = (results: readonly PushResult[], database?: StegvisDB) =>
  withDb(database, async (c) => {
    const tx = c.transaction('tabletOutbox', 'readwrite');
    const store = tx.objectStore('tabletOutbox');
    for (const r of results) {
      if (!r.id) continue;
      if (r.status !== 'rejected') await store.delete(r.id);
      else {
        const entry = await store.get(r.id);
        if (entry) await store.put({ ...entry, rejected: { code: r.code, reason: r.reason } });
      }
    }
    await tx.done;
  });

export const tabletOutbox = (database?: StegvisDB): Promise<TabletEntry[]> =>
  withDb(database, (c) => c.getAllFromIndex('tabletOutbox', 'byEnqueuedAt'));
