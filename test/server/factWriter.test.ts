import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factWriter, type FactRow } from '../../src/server/db/factWriter';
import { seedDevices } from './seedDevices';
import { DATABASES, startTestServer, type TestServer } from './testServer';

/**
 * The group commit under pushes that arrive together: on SQLite they are written by a
 * thread of its own on a second connection, so the main connection's transactions and the
 * thread's must wait for each other, never fail, and one bad push must fail alone.
 */
describe.each(DATABASES)('fact writer on %s', (kind) => {
  let server: TestServer;
  let participants: string[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    await seedDevices(server.store, 6, 'Writer');
    participants = (
      await server.store.db.selectFrom('participants').select('id').orderBy('code').execute()
    ).map((p) => p.id);
  });
  afterAll(() => server.close());

  const rows = (participantId: string, n: number): FactRow[] =>
    Array.from({ length: n }, () => {
      const id = randomUUID();
      return {
        participant_id: participantId,
        id,
        type: 'note',
        instrument: null,
        occurred_at: new Date().toISOString(),
        total: null,
        provenance: null,
        body: JSON.stringify({ id }),
        device_id: null,
        received_at: new Date().toISOString(),
        group_session: null,
      };
    });

  it('fails only the push that breaks a rule; its neighbours in the group are stored', async () => {
    const writer = factWriter(server.store);
    const good = [rows(participants[0]!, 3), rows(participants[1]!, 2)];
    const ghost = rows(randomUUID(), 2); // no such participant: the foreign key refuses it
    const results = await Promise.allSettled([
      writer.write(participants[0]!, good[0]!),
      writer.write('ghost', ghost),
      writer.write(participants[1]!, good[1]!),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await server.store.db
      .selectFrom('facts')
      .select('id')
      .where(
        'id',
        'in',
        [...good.flat(), ...ghost].map((r) => r.id),
      )
      .execute();
    expect(stored.map((r) => r.id).sort()).toEqual(
      good
        .flat()
        .map((r) => r.id)
        .sort(),
    );
  });

  it('says which facts were new and what was stored under the others', async () => {
    const writer = factWriter(server.store);
    const first = rows(participants[2]!, 3);
    await writer.write(participants[2]!, first);
    const again = [
      first[0]!,
      { ...first[1]!, body: '{"other":true}' },
      ...rows(participants[2]!, 1),
    ];
    const outcome = await writer.write(participants[2]!, again);
    expect([...outcome.inserted]).toEqual([again[2]!.id]);
    expect(outcome.existing.get(first[0]!.id)).toBe(first[0]!.body);
    expect(outcome.existing.get(first[1]!.id)).toBe(first[1]!.body);
  });

  it('stores a fact sent twice at once (a resend while the first is written) once', async () => {
    const writer = factWriter(server.store);
    const same = rows(participants[2]!, 4);
    const changed = same.map((r, i) => (i === 3 ? { ...r, body: '{"changed":true}' } : r));
    const [first, second] = await Promise.all([
      writer.write(participants[2]!, same),
      writer.write(participants[2]!, changed),
    ]);
    expect(first!.inserted.size).toBe(4);
    expect(second!.inserted.size).toBe(0);
    expect([...second!.existing.values()]).toEqual(same.map((r) => r.body));
  });

  it('lets staff transactions and pushes run side by side without a busy error', async () => {
    const writer = factWriter(server.store);
    const pushes = Array.from({ length: 40 }, (_, i) =>
      writer.write(participants[3 + (i % 3)]!, rows(participants[3 + (i % 3)]!, 20)),
    );
    // Read-then-write transactions on the main connection, as the staff routes run them.
    const staff = Array.from({ length: 20 }, (_, i) =>
      server.store.db.transaction().execute(async (trx) => {
        const p = await trx
          .selectFrom('participants')
          .select('id')
          .where('id', '=', participants[i % 6]!)
          .executeTakeFirstOrThrow();
        // Time for the writer thread to commit between this read and the write below.
        await new Promise((r) => setTimeout(r, 3));
        await trx
          .updateTable('participants')
          .set({ display_name: `namn ${i}` })
          .where('id', '=', p.id)
          .execute();
      }),
    );
    const settled = await Promise.allSettled([...pushes, ...staff]);
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    const { n } = await server.store.db
      .selectFrom('facts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('participant_id', 'in', participants.slice(3))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(800);
  });

  it('writes what is queued before the store closes', async () => {
    const other = await startTestServer(kind);
    await seedDevices(other.store, 1, 'Closing');
    const [p] = await other.store.db.selectFrom('participants').select('id').execute();
    const queued = factWriter(other.store).write(p!.id, rows(p!.id, 5));
    const reopened = await other.restart().then(() => other.store);
    await queued;
    const { n } = await reopened.db
      .selectFrom('facts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(5);
    await other.close();
  });
});
