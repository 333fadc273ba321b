import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/server/db/connect';
import { seedDevices } from './seedDevices';
import { runAdmin } from './serverProcess';
import { orsFact, POSTGRES_URL } from './testServer';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';

/**
 * The restore drill from DEPLOY.md, as a host runs it: back up the live database with the
 * admin command, restore into an empty place, and see the same counts.
 */
function admin(args: string[], env: Record<string, string>) {
  return runAdmin(args, { ...(process.env as Record<string, string>), DATABASE_URL: '', ...env });
}

/** Three participants with phones; one sends four ratings through the real API. */
async function seed(store: Store) {
  const [token] = await seedDevices(store, 3, 'Drill');
  const app = buildApp(store, { ...loadConfig({}), staticDir: 'public' });
  const res = await app.request('http://localhost/api/sync/push', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      protocol: 1,
      facts: Array.from({ length: 4 }, () => orsFact({}, new Date(Date.now() - 1000))),
    }),
  });
  expect(res.status).toBe(200);
  await store.close();
}

const expected = { teams: 1, staff: 0, participants: 3, facts: 4 };

describe('the restore drill on SQLite', () => {
  it('restores a backup into an empty data dir, checks it, and refuses a used one', async () => {
    const live = mkdtempSync(join(tmpdir(), 'stegvis-live-'));
    await seed(await openStore({ dataDir: live }));
    const file = join(mkdtempSync(join(tmpdir(), 'stegvis-bak-')), 'stegvis.backup');
    expect(admin(['backup', '--to', file], { DATA_DIR: live }).code).toBe(0);
    const target = join(mkdtempSync(join(tmpdir(), 'stegvis-restore-')), 'data');
    const restored = admin(['restore', '--from', file, '--data-dir', target, '--json'], {});
    expect(restored.code, restored.err).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ database: 'sqlite', ...expected });
    const again = admin(['restore', '--from', file, '--data-dir', target], {});
    expect(again.code).toBe(2);
    expect(again.err).toContain('holds a database already');
  }, 60_000);
});

describe.runIf(POSTGRES_URL)('the restore drill on PostgreSQL', () => {
  const names: string[] = [];
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  const database = async () => {
    const name = `drill_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    if (!names.length) await client.connect();
    await client.query(`create database ${name}`);
    names.push(name);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  afterAll(async () => {
    for (const name of names) await client.query(`drop database if exists ${name}`);
    await client.end();
  });

  it('dumps with pg_dump, restores with pg_restore into an empty database, and checks it', async () => {
    const live = await database();
    await seed(await openStore({ dataDir: '', databaseUrl: live }));
    const file = join(mkdtempSync(join(tmpdir(), 'stegvis-bak-')), 'stegvis.dump');
    const dumped = admin(['backup', '--to', file], { DATABASE_URL: live });
    expect(dumped.code, dumped.err).toBe(0);
    const target = await database();
    const restored = admin(['restore', '--from', file, '--database-url', target, '--json'], {});
    expect(restored.code, restored.err).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ database: 'postgres', ...expected });
    const again = admin(['restore', '--from', file, '--database-url', target], {});
    expect(again.code).toBe(2);
    expect(again.err).toContain('holds tables already');
  }, 60_000);
});
