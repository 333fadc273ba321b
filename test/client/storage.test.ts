import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../src/shared/instruments';
import { openStegvisDB, DB_VERSION, type StegvisDB } from '../../src/client/storage/db';
import { StorageError, toStorageError } from '../../src/client/storage/errors';
import { listFacts, listOutbox, saveFact, getMeta, setMeta } from '../../src/client/storage/facts';
import { newNote, newRating, newWithdrawal } from '../../src/client/newFacts';

// fake-indexeddb keeps these unit tests fast; the real IndexedDB is tested in Chromium (test/e2e).
let conn: StegvisDB;
let name = 0;
beforeEach(async () => {
  conn = await openStegvisDB(`test-${++name}`);
});
afterEach(() => conn.close());

const rating = () =>
  newRating({
    def: INSTRUMENTS.ors,
    wording: 'neutral',
    values: { individual: 5, interpersonal: 6, social: 7, overall: 8 },
    note: '  a hard week  ',
  });

describe('saveFact', () => {
  it('writes the fact and its outbox entry together', async () => {
    const fact = rating();
    await saveFact(fact, conn);
    expect(await listFacts(conn)).toEqual([fact]);
    expect(await listOutbox(conn)).toEqual([
      expect.objectContaining({ factId: fact.id, attempts: 0 }),
    ]);
    expect(fact.note).toBe('a hard week');
  });

  it('writes nothing when the outbox half fails (one transaction)', async () => {
    const fact = rating();
    await conn.add('outbox', { factId: fact.id, enqueuedAt: 'x', attempts: 0 });
    await expect(saveFact(fact, conn)).rejects.toBeInstanceOf(StorageError);
    expect(await listFacts(conn)).toEqual([]);
  });

  it('never writes a fact twice under one id', async () => {
    const fact = rating();
    await saveFact(fact, conn);
    await expect(saveFact(fact, conn)).rejects.toBeInstanceOf(StorageError);
    expect(await listFacts(conn)).toHaveLength(1);
  });

  it('refuses an invalid fact before touching the database', async () => {
    const bad = { ...rating(), values: { individual: 11 } };
    await expect(saveFact(bad, conn)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await listOutbox(conn)).toEqual([]);
  });

  it('keeps withdrawals and notes as new facts, each with an outbox entry', async () => {
    const fact = rating();
    await saveFact(fact, conn);
    await saveFact(newWithdrawal(fact.id), conn);
    await saveFact(newNote(fact.id, 'added later', false), conn);
    // Saved within one millisecond, so compare as a set: order is by save time only.
    expect((await listFacts(conn)).map((f) => f.type).sort()).toEqual([
      'note',
      'rating',
      'withdrawal',
    ]);
    expect(await listOutbox(conn)).toHaveLength(3);
  });
});

describe('database', () => {
  it('has a version and all stores after the upgrade', () => {
    expect(conn.version).toBe(DB_VERSION);
    expect([...conn.objectStoreNames].sort()).toEqual(['facts', 'meta', 'outbox', 'tabletOutbox']);
  });

  it('upgrades a version-1 phone without touching what it holds', async () => {
    const name = `v1-${Date.now()}`;
    const fact = rating();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('facts', { keyPath: 'id' }).createIndex('bySavedAt', 'savedAt');
        db.createObjectStore('outbox', { keyPath: 'factId' }).createIndex(
          'byEnqueuedAt',
          'enqueuedAt',
        );
        db.createObjectStore('meta');
      },
    });
    await v1.put('facts', { id: fact.id, fact, savedAt: 'then' });
    await v1.put('outbox', { factId: fact.id, enqueuedAt: 'then', attempts: 0 });
    v1.close();
    const upgraded = await openStegvisDB(name);
    expect(await listFacts(upgraded)).toEqual([fact]);
    expect((await listOutbox(upgraded)).map((e) => e.factId)).toEqual([fact.id]);
    expect(await upgraded.count('tabletOutbox')).toBe(0);
    upgraded.close();
  });

  it('keeps small settings in meta', async () => {
    await setMeta('lastGoal', 'Få ett jobb', conn);
    expect(await getMeta('lastGoal', conn)).toBe('Få ett jobb');
  });

  it('maps browser failures to kinds the participant is told about', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(new DOMException('private', 'InvalidStateError')).kind).toBe(
      'unavailable',
    );
    expect(toStorageError(new DOMException('old', 'VersionError')).kind).toBe('blocked');
    expect(toStorageError(new Error('?')).kind).toBe('unknown');
  });
});
