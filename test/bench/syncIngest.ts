// Sync ingest figures: batches of 20 from concurrent devices against the real server (its
// own process), beside a bare insert loop on the same database as the floor.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../../src/client/newFacts';
import { openStore, type Store } from '../../src/server/db/connect';
import { startServerProcess } from '../../test/server/serverProcess';
import { seedDevices } from '../../test/server/seedDevices';

/** One participant (for the floor's foreign key), through the same seeding as the devices. */
const seedParticipants = async (store: Store) => {
  await seedDevices(store, 1, 'Floor');
  return (await store.db.selectFrom('participants').select('id').execute()).map((p) => p.id);
};

const DEVICES = Number(process.env.BENCH_DEVICES ?? 50);
const SECONDS = 8;
const BATCH = 20;

/** A rating as a phone sends it, with the id a phone gives it (time-ordered, version 7). */
function fact(at: string) {
  return {
    type: 'rating',
    id: newId(),
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

/** The server as `npm start` runs it (the bench builds first), logging at info as deployed. */
const startServer = (env: Record<string, string>) =>
  startServerProcess({ ...env, LOG_LEVEL: 'info' }).then((server) => ({
    pid: server.child.pid!,
    port: Number(new URL(server.url).port),
    stop: () => server.child.kill(),
  }));

/** The server process's peak resident memory (Linux), in MB. */
function peakMemoryMb(pid: number): number | undefined {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : undefined;
}

/** The rows a batch of 20 ratings becomes, as the server writes them. */
function factRows(participantId: string) {
  const at = new Date(Date.now() - 60_000).toISOString();
  return Array.from({ length: BATCH }, () => {
    const f = fact(at);
    return [
      participantId,
      f.id,
      'rating',
      'ors',
      at,
      22.8,
      f.provenance,
      JSON.stringify(f),
      null,
      at,
      null,
    ];
  });
}
const COLUMNS =
  'participant_id, id, type, instrument, occurred_at, total, provenance, body, device_id, received_at, group_session';

/**
 * The floor: the same rows into the same migrated schema (every index, foreign keys,
 * synchronous = FULL), one transaction per batch, with nothing of the server around it.
 */
async function sqliteFloor(dir: string): Promise<number> {
  const store = await openStore({ dataDir: join(dir, 'floor') });
  const [participant] = await seedParticipants(store);
  const db = store.sqlite!;
  const insert = db.prepare(
    `insert into facts (${COLUMNS}) values (${COLUMNS.split(',')
      .map(() => '?')
      .join(', ')}) on conflict do nothing`,
  );
  const batch = db.transaction((rows: unknown[][]) => rows.forEach((r) => insert.run(r)));
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 3000) {
    batch(factRows(participant!));
    n++;
  }
  const perSecond = n / ((performance.now() - t0) / 1000);
  await store.close();
  return perSecond;
}

async function postgresFloor(url: string, schema: string): Promise<number> {
  const store = await openStore({ dataDir: '', databaseUrl: url, pgSchema: `${schema}_floor` });
  const [participant] = await seedParticipants(store);
  await store.close();
  const client = new pg.Client({
    connectionString: url,
    options: `-c search_path=${schema}_floor`,
  });
  await client.connect();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 3000) {
    const rows = factRows(participant!);
    await client.query('begin');
    await client.query(
      `insert into facts (${COLUMNS}) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) on conflict do nothing`,
      COLUMNS.split(',').map((_, i) => rows.map((r) => r[i])),
    );
    await client.query('commit');
    n++;
  }
  await client.query(`drop schema ${schema}_floor cascade`);
  await client.end();
  return n / ((performance.now() - t0) / 1000);
}

function line(name: string, r: Awaited<ReturnType<typeof load>>, floor: number, memory?: number) {
  console.log(
    `  ${name.padEnd(10)} ${r.batchesPerSecond.toFixed(0).padStart(6)} batches/s  ${(r.batchesPerSecond * BATCH).toFixed(0).padStart(7)} ratings/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms${r.errors ? `  (${r.errors} errors!)` : ''}${memory ? `  server peak ${memory.toFixed(0)} MB` : ''}`,
  );
  console.log(
    `  ${''.padEnd(10)} floor: the same rows inserted bare ${floor.toFixed(0)} batches/s; the server reaches ${((100 * r.batchesPerSecond) / floor).toFixed(0)} % of it`,
  );
}

export async function syncIngestFigures(): Promise<void> {
  console.log(
    `\nSync ingest: ${DEVICES} phones pushing batches of ${BATCH} for ${SECONDS} s (goals: SQLite ≥ 1,000 batches/s with p99 < 200 ms and server memory < 200 MB; PostgreSQL ≥ 600 batches/s)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-bench-'));
  const store = await openStore({ dataDir: dir });
  const tokens = await seedDevices(store, DEVICES, 'Bench');
  await store.close();
  const server = await startServer({ DATA_DIR: dir });
  const sqlite = await load(server.port, tokens);
  const sqliteMemory = peakMemoryMb(server.pid);
  server.stop();
  line('SQLite', sqlite, await sqliteFloor(dir), sqliteMemory);

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
  const pgServer = await startServer({
    DATABASE_URL: `${url}?options=-c%20search_path%3D${schema}`,
  });
  const postgres = await load(pgServer.port, pgTokens);
  const pgMemory = peakMemoryMb(pgServer.pid);
  pgServer.stop();
  line('PostgreSQL', postgres, await postgresFloor(url, schema), pgMemory);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
