import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/db/connect';
import { mulberry32 } from './faultyProxy';
import { seedDevices } from './seedDevices';
import { startServerProcess } from './serverProcess';
import { orsFact } from './testServer';

/**
 * The server process is killed with SIGKILL again and again while phones push. Whatever it
 * acknowledged must be there after a restart, and SQLite must pass its integrity check.
 */
const ROUNDS = 6;

describe('SIGKILL during ingestion (SQLite)', () => {
  it('keeps every acknowledged rating and an intact database', { timeout: 180_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stegvis-crash-'));
    const setup = await openStore({ dataDir });
    const [token] = await seedDevices(setup, 1, 'Crash');
    await setup.close();

    const random = mulberry32(Number(process.env.CRASH_SEED ?? 7));
    const acknowledged = new Set<string>();
    let pending: ReturnType<typeof orsFact>[] = [];
    let kills = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess({ DATA_DIR: dataDir });
      let alive = true;
      const pusher = async () => {
        while (alive) {
          const batch = [...pending.splice(0, 20)];
          while (batch.length < 20) batch.push(orsFact({}, new Date(Date.now() - 1000)));
          try {
            const res = await fetch(`${server.url}/api/sync/push`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ protocol: 1, facts: batch }),
            });
            const { results } = (await res.json()) as { results: { id: string; status: string }[] };
            for (const r of results)
              if (r.status === 'accepted' || r.status === 'duplicate') acknowledged.add(r.id);
          } catch {
            pending.push(...batch); // no answer: a phone keeps these in its outbox and sends again
          }
        }
      };
      const pushers = [pusher(), pusher(), pusher()];
      await new Promise((r) => setTimeout(r, 150 + random() * 500));
      server.child.kill('SIGKILL');
      kills++;
      await server.exited;
      alive = false;
      await Promise.all(pushers);
      pending = pending.slice(0, 200);
    }

    const db = new Database(join(dataDir, 'stegvis.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(
      (db.prepare('select id from facts').all() as { id: string }[]).map((r) => r.id),
    );
    db.close();
    const missing = [...acknowledged].filter((id) => !stored.has(id));
    console.log(`${kills} kills, ${acknowledged.size} acknowledged, ${stored.size} stored`);
    expect(acknowledged.size).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
