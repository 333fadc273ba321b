import type { Fact } from '../../shared/rating';
import { loadFactSchema } from './factSchema';
import { db, type OutboxEntry, type StegvisDB } from './db';
import { StorageError, toStorageError } from './errors';

/** Fired on the global scope after a fact has committed. */
export const FACT_SAVED_EVENT = 'stegvis:fact-saved';

/** Runs storage work on the given connection (tests) or the app's, mapping every failure. */
export async function withDb<T>(
  database: StegvisDB | undefined,
  work: (conn: StegvisDB) => Promise<T>,
): Promise<T> {
  try {
    return await work(database ?? (await db()));
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Saves a fact and its outbox entry in ONE transaction, and resolves only after the
 * transaction has committed, so "Saved" on screen always means saved on the phone.
 */
export async function saveFact(fact: Fact, database?: StegvisDB): Promise<void> {
  if (!(await loadFactSchema()).safeParse(fact).success) throw new StorageError('invalid');
  const now = new Date().toISOString();
  await withDb(database, async (conn) => {
    const tx = conn.transaction(['facts', 'outbox'], 'readwrite', { durability: 'strict' });
    // Both requests are queued before any await, so the transaction cannot commit between them.
    const writes = [
      tx.objectStore('facts').add({ id: fact.id, fact, savedAt: now }),
      tx.objectStore('outbox').add({ factId: fact.id, enqueuedAt: now, attempts: 0 }),
    ];
    await Promise.all([...writes, tx.done]);
  });
  // Committed: tell whoever sends the outbox (the sync loop) without storage knowing it.
  globalThis.dispatchEvent?.(new Event(FACT_SAVED_EVENT));
}

export function listFacts(database?: StegvisDB): Promise<Fact[]> {
  return withDb(database, async (conn) =>
    (await conn.getAllFromIndex('facts', 'bySavedAt')).map((s) => s.fact),
  );
}

export function listOutbox(database?: StegvisDB): Promise<OutboxEntry[]> {
  return withDb(database, (conn) => conn.getAllFromIndex('outbox', 'byEnqueuedAt'));
}

export function getMeta<T>(key: string, database?: StegvisDB): Promise<T | undefined> {
  return withDb(database, async (conn) => (await conn.get('meta', key)) as T | undefined);
}

export function setMeta(key: string, value: unknown, database?: StegvisDB): Promise<void> {
  return withDb(database, async (conn) => {
    await conn.put('meta', value, key);
  });
}
