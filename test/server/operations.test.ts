import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/server/db/connect';
import { createUser } from '../../src/server/teams/accounts';
import { seedDevices } from './seedDevices';
import { startServerProcess } from './serverProcess';
import { orsFact, PASSWORD, POSTGRES_URL } from './testServer';

/**
 * The server as a host runs it, in its own process: stopped with SIGTERM under keep-alive
 * traffic, and read through its log lines.
 */
async function seed(store: Store) {
  const [token] = await seedDevices(store, 1, 'Drift');
  const team = await store.db.selectFrom('teams').select('id').executeTakeFirstOrThrow();
  await createUser(store, team.id, {
    email: 'anna.coach@example.org',
    role: 'coach',
    password: PASSWORD,
  });
  return token!;
}

function push(url: string, token: string, facts: unknown[]) {
  return fetch(`${url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ protocol: 1, facts }),
  });
}

describe('a stop under load (SQLite)', () => {
  it('exits within 10 s of SIGTERM and keeps every acknowledged rating', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stegvis-stop-'));
    const setup = await openStore({ dataDir });
    const token = await seed(setup);
    await setup.close();
    const server = await startServerProcess({ DATA_DIR: dataDir });

    const acknowledged = new Set<string>();
    let closing = 0;
    let running = true;
    // Node's fetch keeps connections alive, as a phone's browser does.
    const phone = async () => {
      while (running) {
        const batch = Array.from({ length: 20 }, () => orsFact({}, new Date(Date.now() - 1000)));
        try {
          const res = await push(server.url, token, batch);
          if (res.headers.get('connection') === 'close') closing++;
          const { results } = (await res.json()) as { results: { id: string; status: string }[] };
          for (const r of results) if (r.status === 'accepted') acknowledged.add(r.id);
        } catch {
          // refused once the server stops listening: a phone keeps these and tries later
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const phones = Array.from({ length: 6 }, phone);
    await new Promise((r) => setTimeout(r, 1500));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const took = Date.now() - signalled;
    running = false;
    await Promise.all(phones);

    expect(code).toBe(0);
    expect(took).toBeLessThan(10_000);
    expect(closing).toBeGreaterThan(0);
    const after = await openStore({ dataDir });
    const stored = new Set(
      (await after.db.selectFrom('facts').select('id').execute()).map((r) => r.id),
    );
    await after.close();
    expect(acknowledged.size).toBeGreaterThan(100);
    expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);
  }, 60_000);
});

describe('the log', () => {
  it('holds request ids and events, never names, notes, values, addresses or tokens', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stegvis-log-'));
    const setup = await openStore({ dataDir });
    const token = await seed(setup);
    await setup.close();
    const server = await startServerProcess({ DATA_DIR: dataDir }, { captureLog: true });

    const signIn = (password: string) =>
      fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anna.coach@example.org', password }),
      });
    expect((await signIn('Hemligt-fel-9')).status).toBe(401);
    const session = await signIn(PASSWORD);
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const fact = orsFact(
      {
        values: { individual: 3.7, interpersonal: 6.1, social: 2.9, overall: 8.3 },
        note: 'Mamma Fatima var sjuk',
      },
      new Date(Date.now() - 1000),
    );
    const pushed = await push(server.url, token, [fact]);
    expect(pushed.status).toBe(200);
    const requestId = pushed.headers.get('x-request-id');
    const list = await fetch(`${server.url}/api/participants`, { headers: { cookie } });
    expect(list.status).toBe(200);
    // The participant list's own text, to be sure it never reached the log.
    const listed = JSON.stringify(await list.json());
    expect(listed).toContain('S-0');

    server.child.kill('SIGTERM');
    await server.exited;
    const log = server.output();
    const lines = log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.req === requestId && l.route === '/api/sync/push')).toBe(true);
    expect(lines.some((l) => l.event === 'sign_in_failed')).toBe(true);
    expect(lines.some((l) => l.event === 'sign_in')).toBe(true);
    for (const secret of [
      'anna.coach',
      'example.org',
      PASSWORD,
      'Hemligt-fel-9',
      token,
      cookie.split('=')[1]!,
      'Fatima',
      '3.7',
      '8.3',
      fact.id,
      '"S-0"',
    ])
      expect(log, secret).not.toContain(secret);
  }, 60_000);
});

describe.runIf(POSTGRES_URL)('two instances on one PostgreSQL', () => {
  it('share sessions and the sign-in limit, and take each rating once', async () => {
    const name = `two_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    const setup = await openStore({ dataDir: '', databaseUrl });
    const token = await seed(setup);
    await setup.close();
    const [a, b] = await Promise.all([
      startServerProcess({ DATABASE_URL: databaseUrl }),
      startServerProcess({ DATABASE_URL: databaseUrl }),
    ]);
    try {
      const signIn = (on: string, password: string) =>
        fetch(`${on}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'anna.coach@example.org', password }),
        });
      // A session made on one instance works on the other, and ends on both.
      const session = await signIn(a.url, PASSWORD);
      const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      expect((await fetch(`${b.url}/api/auth/me`, { headers: { cookie } })).status).toBe(200);
      const out = await fetch(`${b.url}/api/auth/sign-out`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
      });
      expect(out.status).toBe(204);
      expect((await fetch(`${a.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);

      // Both instances count one limit: five wrong passwords shared out between them.
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await signIn(i % 2 ? b.url : a.url, `wrong-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);

      // The same batch sent to both, again and again, as a phone retrying through a
      // load balancer would: each rating accepted exactly once.
      const batch = Array.from({ length: 20 }, () => orsFact({}, new Date(Date.now() - 1000)));
      const answers = await Promise.all(
        [a, b, a, b, a, b].map(async (s) => {
          const res = await push(s.url, token, batch);
          return ((await res.json()) as { results: { status: string }[] }).results;
        }),
      );
      const accepted = answers.flat().filter((r) => r.status === 'accepted').length;
      const duplicate = answers.flat().filter((r) => r.status === 'duplicate').length;
      expect([accepted, duplicate]).toEqual([20, 100]);
      const check = await openStore({ dataDir: '', databaseUrl });
      const stored = await check.db.selectFrom('facts').select('id').execute();
      await check.close();
      expect(stored.map((r) => r.id).sort()).toEqual(batch.map((f) => f.id).sort());
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
      await admin.query(`drop database ${name}`);
      await admin.end();
    }
  }, 90_000);
});
