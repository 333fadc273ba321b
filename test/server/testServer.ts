import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { loadConfig, type Config } from '../../src/server/config';
import { openStore, type Store } from '../../src/server/db/connect';
import { createTeam, createUser } from '../../src/server/teams/accounts';

/**
 * A real server in-process on a real database: SQLite in a fresh directory, and PostgreSQL
 * in a fresh schema when STEGVIS_TEST_POSTGRES_URL is set (CI sets it).
 */
export const POSTGRES_URL = process.env.STEGVIS_TEST_POSTGRES_URL;
export const DATABASES: ('sqlite' | 'postgres')[] = POSTGRES_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export const PASSWORD = 'correct horse battery staple';

export interface TestServer {
  store: Store;
  app: ReturnType<typeof buildApp>;
  clock: { now: Date };
  /** Set `draining` to see the app as it answers while stopping. */
  lifecycle: { draining: boolean };
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Closes the database and opens it again with a new app: what a restart keeps. */
  restart(): Promise<void>;
  /** A second app on the same database, as a second instance would be. */
  instance(): Promise<TestServer>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  config?: Partial<Config>;
  /** Another server's database (a second instance); it is left for that server to drop. */
  sameDatabaseAs?: { schema: string; dataDir: string };
}

export async function startTestServer(
  kind: 'sqlite' | 'postgres',
  options: TestServerOptions = {},
): Promise<TestServer> {
  const where = options.sameDatabaseAs ?? {
    schema: `t_${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    dataDir: kind === 'postgres' ? '' : mkdtempSync(join(tmpdir(), 'stegvis-test-')),
  };
  const open = () =>
    openStore(
      kind === 'postgres'
        ? { dataDir: '', databaseUrl: POSTGRES_URL, pgSchema: where.schema }
        : { dataDir: where.dataDir },
    );
  const clock = { now: new Date() };
  // The API tests need no built app; public/ exists in every checkout.
  const config = { ...loadConfig({}), staticDir: 'public', ...options.config };
  const store = await open();
  const lifecycle = { draining: false };
  const build = (s: Store) => buildApp(s, config, () => clock.now, { lifecycle });
  const server: TestServer = {
    store,
    app: build(store),
    clock,
    lifecycle,
    request: (path, init = {}) => {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined && !headers.has('content-type'))
        headers.set('content-type', 'application/json');
      return Promise.resolve(
        server.app.request(`http://localhost${path}`, {
          ...rest,
          headers,
          body: json === undefined ? rest.body : JSON.stringify(json),
        }),
      );
    },
    restart: async () => {
      await server.store.close();
      server.store = await open();
      server.app = build(server.store);
    },
    instance: () => startTestServer(kind, { ...options, sameDatabaseAs: where }),
    close: async () => {
      await server.store.close();
      if (options.sameDatabaseAs) return;
      if (kind === 'postgres') {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`drop schema if exists ${where.schema} cascade`);
        await client.end();
      }
    },
  };
  return server;
}

export interface Staff {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function addTeam(server: TestServer, name: string) {
  const teamId = await createTeam(server.store, name);
  return teamId;
}

export async function addStaff(
  server: TestServer,
  teamId: string,
  email: string,
  role: 'admin' | 'coach' = 'coach',
) {
  await createUser(server.store, teamId, { email, role, password: PASSWORD });
}

export async function signIn(
  server: TestServer,
  email: string,
  password = PASSWORD,
): Promise<Staff> {
  const res = await server.request('/api/auth/sign-in', {
    method: 'POST',
    json: { email, password },
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export async function addParticipant(
  server: TestServer,
  staff: Staff,
  code: string,
  extra: Record<string, unknown> = {},
) {
  const res = await server.request('/api/participants', {
    method: 'POST',
    headers: staff.headers,
    json: { code, gender: 'woman', birthYear: 1985, intakeDate: '2026-01-15', ...extra },
  });
  if (res.status !== 201)
    throw new Error(`create participant failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { participant: { id: string } }).participant.id;
}

export async function enrolDevice(server: TestServer, staff: Staff, participantId: string) {
  const inv = await server.request(`/api/participants/${participantId}/invitations`, {
    method: 'POST',
    headers: staff.headers,
  });
  const { shortCode } = (await inv.json()) as { shortCode: string };
  const res = await server.request('/api/devices/redeem', {
    method: 'POST',
    json: { code: shortCode },
  });
  const body = (await res.json()) as { deviceToken: string; deviceId: string };
  return {
    token: body.deviceToken,
    id: body.deviceId,
    auth: { authorization: `Bearer ${body.deviceToken}` },
  };
}

let counter = 0;
/** A valid ORS rating fact as a phone would send it. */
export function orsFact(overrides: Record<string, unknown> = {}, at = new Date()) {
  counter++;
  return {
    type: 'rating',
    id: randomUUID(),
    instrument: 'ors',
    instrumentVersion: 1,
    administeredAt: at.toISOString(),
    values: { individual: 5, interpersonal: 6.1, social: (counter % 100) / 10, overall: 7 },
    provenance: 'participant_device',
    wording: 'neutral',
    ...overrides,
  };
}

/** Two teams with a signed-in coach each: the usual set-up for "the other team is refused". */
export async function coachesOfTwoTeams(
  server: TestServer,
): Promise<{ coach: Staff; otherCoach: Staff }> {
  const x = await addTeam(server, 'X');
  const y = await addTeam(server, 'Y');
  await addStaff(server, x, 'x@example.org');
  await addStaff(server, y, 'y@example.org');
  return {
    coach: await signIn(server, 'x@example.org'),
    otherCoach: await signIn(server, 'y@example.org'),
  };
}
