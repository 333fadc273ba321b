import 'fake-indexeddb/auto';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStegvisDB, type StegvisDB } from '../../src/client/storage/db';
import { listOutbox, saveFact } from '../../src/client/storage/facts';
import { setDevice } from '../../src/client/storage/syncStore';
import { RetryableError, syncOnce } from '../../src/client/sync/engine';
import { newRating } from '../../src/client/newFacts';
import { INSTRUMENTS } from '../../src/shared/instruments';
import { startFaultyProxy } from './faultyProxy';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  enrolDevice,
  signIn,
  startTestServer,
  type TestServer,
} from './testServer';

/**
 * 1,000 ratings from several phones (the real client sync code on fake-indexeddb) through a
 * network that drops, delays, duplicates and reorders requests, answers 500 and cuts the
 * line after the server committed. Afterwards the server holds each rating exactly once
 * and every outbox is empty.
 */
const DEVICES = 5;
const RATINGS_PER_DEVICE = 200;

describe.each(DATABASES)('sync through a faulty network on %s', (kind) => {
  let server: TestServer;
  let http: ServerType;
  let proxy: Awaited<ReturnType<typeof startFaultyProxy>>;
  const phones: { db: StegvisDB; participantId: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(s),
      );
    });
    const seed = Number(process.env.FAULT_SEED ?? Date.now() % 100_000);
    console.log(`fault injection seed ${seed} (FAULT_SEED=${seed} replays it)`);
    proxy = await startFaultyProxy(
      `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
      seed,
    );

    const team = await addTeam(server, 'Fault');
    await addStaff(server, team, 'coach@example.org');
    const coach = await signIn(server, 'coach@example.org');
    // Two participants have two phones each: pulls then carry ratings between devices too.
    const participants = [
      await addParticipant(server, coach, 'F-1'),
      await addParticipant(server, coach, 'F-2'),
      await addParticipant(server, coach, 'F-3'),
    ];
    for (let i = 0; i < DEVICES; i++) {
      const participantId = participants[i % participants.length]!;
      const device = await enrolDevice(server, coach, participantId);
      const db = await openStegvisDB(`fault-${kind}-${i}`);
      await setDevice(
        {
          deviceId: device.id,
          token: device.token,
          participantCode: 'x',
          connectedAt: new Date().toISOString(),
        },
        db,
      );
      phones.push({ db, participantId });
    }
  });
  afterAll(async () => {
    for (const p of phones) p.db.close();
    await proxy?.close();
    http?.close();
    await server?.close();
  });

  it(
    'stores each of 1,000 ratings exactly once and empties every outbox',
    { timeout: 240_000 },
    async () => {
      const made = new Map<string, string>(); // rating id → participant id
      const values = { individual: 5, interpersonal: 6, social: 7, overall: 8 };

      const runPhone = async ({ db, participantId }: (typeof phones)[number]) => {
        let retries = 0;
        const syncUntilEmpty = async () => {
          for (;;) {
            try {
              await syncOnce({ fetch, baseUrl: proxy.url, database: db, timeoutMs: 3000 });
              return;
            } catch (error) {
              if (!(error instanceof RetryableError)) throw error;
              retries++;
              await new Promise((r) => setTimeout(r, 5));
            }
          }
        };
        for (let i = 0; i < RATINGS_PER_DEVICE; i++) {
          const rating = newRating(
            { def: INSTRUMENTS.ors, wording: 'neutral', values },
            new Date(Date.now() - 60_000),
          );
          await saveFact(rating, db);
          made.set(rating.id, participantId);
          // Sync now and then, as the app does after saves, so batches overlap and interleave.
          if (i % 37 === 36) await syncUntilEmpty();
        }
        await syncUntilEmpty();
        return retries;
      };

      const retries = await Promise.all(phones.map(runPhone));
      // A last pass for every phone: nothing must be left, nothing sent twice.
      for (const p of phones)
        await syncOnce({ fetch, baseUrl: proxy.url, database: p.db }).catch(() => undefined);

      const rows = await server.store.db
        .selectFrom('facts')
        .select(['id', 'participant_id'])
        .execute();
      expect(rows).toHaveLength(DEVICES * RATINGS_PER_DEVICE);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const row of rows) expect(made.get(row.id)).toBe(row.participant_id);
      for (const p of phones) expect(await listOutbox(p.db)).toEqual([]);
      console.log(`faults: ${JSON.stringify(proxy.counts)}, client retries: ${retries.join(', ')}`);
      // The network really was bad: every kind of fault happened.
      expect(Object.values(proxy.counts).every((n) => n > 0)).toBe(true);
    },
  );
});
