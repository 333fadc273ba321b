// Sync ingest figures: batches of 20 from concurrent devices against the real server (its
// own process), beside a bare insert loop on the same database as the floor.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openStore, type Store } from '../../src/server/db/connect';
import { seedDevices } from '../../test/server/seedDevices';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 50);
const SECONDS = 8;
const BATCH = 20;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function fact(at: string) {
  return {
    type: 'rating',
    id: randomUUID(),
    instrument: 'ors',
    instrumentVersion: 1,
    administeredAt: at,
    values: { individual: 5.5, interpersonal: 6.1, social: 4.2, overall: 7 },
    provenance: 'participant_device',
    wording: 'neutral',
  };
}

// A light client (node:http with keep-alive, not fetch), so the load generator takes as
// little as it can of the two cores it shares with the server.
const agent = new Agent({ keepAlive: true, maxSockets: DEVICES });
function post(port: number, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/sync/push',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function load(port: number, tokens: string[]) {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const at = new Date(Date.now() - 60_000).toISOString();
  let errors = 0;
  await Promise.all(
    tokens.map(async (token) => {
      while (performance.now() < until) {
        const body = JSON.stringify({
          protocol: 1,
          facts: Array.from({ length: BATCH }, () => fact(at)),
        });
        const t0 = performance.now();
        const status = await post(port, token, body);
        if (status !== 200) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
  return { batchesPerSecond: latencies.length / SECONDS, p50: pct(0.5), p99: pct(0.99), errors };
}

export async function startServer(
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SKIP_BUILD: '1', ...env },
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

function sqliteFloor(dir: string): number {
  const db = new SQLite(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table facts (participant_id text, id text, body text, primary key (participant_id, id))',
  );
  const insert = db.prepare('insert or ignore into facts values (?, ?, ?)');
  const batch = db.transaction((rows: string[]) => rows.forEach((id) => insert.run('p', id, '{}')));
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 3000) {
    batch(Array.from({ length: BATCH }, () => randomUUID()));
    n++;
  }
  db.close();
  return n / ((performance.now() - t0) / 1000);
}

async function postgresFloor(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  await client.query(
    'create table floor (participant_id text, id text, body text, primary key (participant_id, id))',
  );
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 3000) {
    const ids = Array.from({ length: BATCH }, () => randomUUID());
    await client.query('begin');
    await client.query(
      `insert into floor select 'p', unnest($1::text[]), '{}' on conflict do nothing`,
      [ids],
    );
    await client.query('commit');
    n++;
  }
  await client.end();
  return n / ((performance.now() - t0) / 1000);
}

function line(name: string, r: Awaited<ReturnType<typeof load>>, floor: number) {
  console.log(
    `  ${name.padEnd(10)} ${r.batchesPerSecond.toFixed(0).padStart(6)} batches/s  ${(r.batchesPerSecond * BATCH).toFixed(0).padStart(7)} ratings/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms${r.errors ? `  (${r.errors} errors!)` : ''}   floor: bare insert loop ${floor.toFixed(0)} batches/s`,
  );
}

export async function syncIngestFigures(): Promise<void> {
  console.log(
    `\nSync ingest: ${DEVICES} devices pushing batches of ${BATCH} for ${SECONDS} s (target ≥ 300 batches/s, p99 < 200 ms; goal 1,000 batches/s)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-bench-'));
  const store = await openStore({ dataDir: dir });
  const tokens = await seedDevices(store, DEVICES, 'Bench');
  await store.close();
  const port = await freePort();
  const server = await startServer(port, { DATA_DIR: dir, DATABASE_URL: '' });
  const sqlite = await load(port, tokens);
  server.kill();
  line('SQLite', sqlite, sqliteFloor(dir));

  const url = process.env.STEGVIS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  let pgStore: Store;
  try {
    pgStore = await openStore({ dataDir: '', databaseUrl: url, pgSchema: schema });
  } catch {
    console.log('  PostgreSQL  not reachable (set STEGVIS_TEST_POSTGRES_URL); skipped');
    return;
  }
  const pgTokens = await seedDevices(pgStore, DEVICES, 'Bench');
  await pgStore.close();
  const pgServer = await startServer(port, {
    DATABASE_URL: `${url}?options=-c%20search_path%3D${schema}`,
  });
  const postgres = await load(port, pgTokens);
  pgServer.kill();
  line('PostgreSQL', postgres, await postgresFloor(url, schema));
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
