import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Fact } from '../../shared/rating';
import { StorageError, toStorageError } from './errors';

/**
 * The participant's device database. Facts are the store of record on the phone; the
 * outbox lists the facts the server has not acknowledged yet.
 */
export interface OutboxEntry {
  factId: string;
  enqueuedAt: string;
  attempts: number;
  /** Set when the server refused the fact; the participant sees the reason. */
  rejected?: { code: string; reason: string };
}

export interface StoredFact {
  id: string;
  fact: Fact;
  savedAt: string;
}

/**
 * A rating made on a shared tablet: held only until the server has it, and never in the
 * `facts` store, so nothing of one member is shown to the next.
 */
export interface TabletEntry {
  factId: string;
  participantId: string;
  fact: Fact;
  enqueuedAt: string;
  rejected?: { code: string; reason: string };
}

export interface StegvisSchema extends DBSchema {
  facts: { key: string; value: StoredFact; indexes: { bySavedAt: string } };
  outbox: { key: string; value: OutboxEntry; indexes: { byEnqueuedAt: string } };
  meta: { key: string; value: unknown };
  tabletOutbox: { key: string; value: TabletEntry; indexes: { byEnqueuedAt: string } };
}

export type StegvisDB = IDBPDatabase<StegvisSchema>;

export const DB_NAME = 'stegvis';

/**
 * One step per version. A phone that was offline through several updates runs every step
 * it missed, in order, inside the upgrade transaction.
 */
const MIGRATIONS: ((db: IDBPDatabase<StegvisSchema>) => void)[] = [
  (db) => {
    const facts = db.createObjectStore('facts', { keyPath: 'id' });
    facts.createIndex('bySavedAt', 'savedAt');
    const outbox = db.createObjectStore('outbox', { keyPath: 'factId' });
    outbox.createIndex('byEnqueuedAt', 'enqueuedAt');
    db.createObjectStore('meta');
  },
  (db) => {
    const tablet = db.createObjectStore('tabletOutbox', { keyPath: 'factId' });
    tablet.createIndex('byEnqueuedAt', 'enqueuedAt');
  },
];
export const DB_VERSION = MIGRATIONS.length;

export async function openStegvisDB(name = DB_NAME): Promise<StegvisDB> {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
  try {
    return await openDB<StegvisSchema>(name, DB_VERSION, {
      upgrade(db, oldVersion) {
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(db);
      },
      blocked() {
        // Another tab holds an older version open; it closes itself on `versionchange`.
      },
      blocking() {
        // A newer app version in another tab needs the upgrade: let it proceed.
        dbPromise?.then((db) => db.close());
        dbPromise = null;
      },
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

let dbPromise: Promise<StegvisDB> | null = null;

/** The app's shared connection, opened on first use. */
export function db(): Promise<StegvisDB> {
  if (!dbPromise) {
    dbPromise = openStegvisDB();
    dbPromise.catch(() => (dbPromise = null));
  }
  return dbPromise;
}
