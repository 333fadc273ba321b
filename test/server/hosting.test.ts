import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

/** The smaller findings of the security test, each replayed as it was reported. */
describe.each(DATABASES)('what a host’s security test tries, on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const teamId = await addTeam(server, 'Säter');
    const other = await addTeam(server, 'Avesta');
    await addStaff(server, teamId, 'admin@example.org', 'admin');
    await addStaff(server, teamId, 'coach@example.org');
    await addStaff(server, other, 'elsewhere@example.org');
    admin = await signIn(server, 'admin@example.org');
  });
  afterAll(() => server?.close());

  it('answers a missing asset with 404 and no year-long cache', async () => {
    const res = await server.request('/assets/NotThere.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).not.toContain('immutable');
    expect(res.headers.get('content-type')).not.toContain('text/html');
  });

  it('is ready while the database answers, and not while it stops', async () => {
    expect((await server.request('/api/health/ready')).status).toBe(200);
    server.lifecycle.draining = true;
    const stopping = await server.request('/api/health/ready');
    server.lifecycle.draining = false;
    expect(stopping.status).toBe(503);
    expect(stopping.headers.get('connection')).toBe('close');
    expect((await server.request('/api/health')).status).toBe(200);
  });

  it('sends a Permissions-Policy that turns off camera, microphone and location', async () => {
    for (const path of ['/', '/api/health']) {
      const policy = (await server.request(path)).headers.get('permissions-policy') ?? '';
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
        expect(policy).toContain(feature);
    }
  });

  it('refuses NUL and control characters in names and notes, and stores nothing', async () => {
    for (const displayName of ['Anna\u0000', 'A\u0007nna', 'An\u001bna', 'Anna\u0085']) {
      const res = await server.request('/api/participants', {
        method: 'POST',
        headers: admin.headers,
        json: {
          code: 'C-1',
          displayName,
          gender: 'woman',
          birthYear: 1980,
          intakeDate: '2026-01-01',
        },
      });
      expect(res.status, JSON.stringify(displayName)).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details[0].path).toBe('displayName');
    }
    const stored = await server.store.db.selectFrom('participants').select('id').execute();
    expect(stored).toEqual([]);
    // Letters of any script are text, not control characters.
    const ok = await server.request('/api/participants', {
      method: 'POST',
      headers: admin.headers,
      json: {
        code: 'C-2',
        displayName: 'Åsa ሰላም أمل',
        gender: 'woman',
        birthYear: 1980,
        intakeDate: '2026-01-01',
      },
    });
    expect(ok.status).toBe(201);
  });

  const newUser = (email: string, password: string) =>
    server.request('/api/users', {
      method: 'POST',
      headers: admin.headers,
      json: { email, password, role: 'coach' },
    });

  it('refuses a password that is long but easy to guess, or holds the e-mail', async () => {
    for (const password of ['aaaaaaaaaaaa', 'password1234', 'qwertyuiopasdf', 'ny.coach2026!'])
      expect((await newUser('ny.coach@example.org', password)).status, password).toBe(400);
    expect((await newUser('ny.coach@example.org', 'tallkotte mjölkpaket')).status).toBe(201);
  });

  it('answers an e-mail in another team exactly as one in this team', async () => {
    const here = await newUser('coach@example.org', 'glasögon ringklocka');
    const there = await newUser('elsewhere@example.org', 'glasögon ringklocka');
    expect(here.status).toBe(409);
    expect(there.status).toBe(409);
    expect(await there.json()).toEqual(await here.json());
  });
});

describe('TRUST_PROXY=2', () => {
  it('takes the address the outer of two proxies appended', async () => {
    const server = await startTestServer('sqlite', {
      config: { trustProxy: true, trustProxyHops: 2 },
    });
    const teamId = await addTeam(server, 'Säter');
    await addStaff(server, teamId, 'coach@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await server.request('/api/auth/sign-in', {
        method: 'POST',
        // written by the client, appended by the outer proxy, appended by the inner one
        headers: { 'x-forwarded-for': `10.9.${i}.1, 198.51.100.7, 10.0.0.2` },
        json: { email: 'coach@example.org', password: `guess-${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const other = await server.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.5, 10.0.0.2' },
      json: { email: 'coach@example.org', password: 'wrong again' },
    });
    expect(other.status).toBe(401);
    await server.close();
  }, 60_000);
});
