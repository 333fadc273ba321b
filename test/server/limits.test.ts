import { afterEach, describe, expect, it } from 'vitest';
import { hashLoad } from '../../src/server/auth/hashQueue';
import { hashPassword, verifyPassword } from '../../src/server/auth/passwords';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  PASSWORD,
  signIn,
  startTestServer,
  type TestServer,
} from './testServer';

/**
 * The security test's findings, replayed: a stranger locking out a coach, limits that a
 * restart forgot, X-Forwarded-For written by the client, an office that could not enrol its
 * 21st phone. Behind one trusted proxy (TRUST_PROXY=1) the address is the entry the proxy
 * appended, so each test picks its addresses by that header.
 */
const OWNER = '203.0.113.5';
const ATTACKER = '198.51.100.7';

function tryPassword(server: TestServer, address: string, password: string, prefix = '') {
  return server.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'x-forwarded-for': `${prefix}${address}` },
    json: { email: 'coach@example.org', password },
  });
}

describe.each(DATABASES)('sign-in and redeem limits on %s', (kind) => {
  let server: TestServer;
  afterEach(() => server?.close());

  async function start() {
    server = await startTestServer(kind, { config: { trustProxy: true, trustProxyHops: 1 } });
    const teamId = await addTeam(server, 'Säter');
    await addStaff(server, teamId, 'coach@example.org');
    await cheapenHashes();
    return teamId;
  }

  /**
   * A stored hash carries its own cost: a cheap one keeps 50 wrong guesses quick to test.
   * The next right password replaces it with a full-cost hash, as for any old hash.
   */
  async function cheapenHashes() {
    await server.store.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 }) })
      .execute();
  }

  it('slows a guesser down more and more, and the owner elsewhere still signs in', async () => {
    await start();
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await tryPassword(server, ATTACKER, `guess-${i}`);
      if (res.status === 429) {
        const wait = Number(res.headers.get('retry-after'));
        waits.push(wait);
        server.clock.now = new Date(server.clock.now.getTime() + wait * 1000);
        i--;
      } else expect(res.status).toBe(401);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32]);
    // The right password from the guesser's address waits too, but only there.
    expect((await tryPassword(server, ATTACKER, PASSWORD)).status).toBe(429);
    expect((await tryPassword(server, OWNER, PASSWORD)).status).toBe(200);
  });

  it('a slow ceiling per account holds new addresses, not the owner’s known one', async () => {
    await start();
    expect((await tryPassword(server, OWNER, PASSWORD)).status).toBe(200);
    await cheapenHashes();
    for (let i = 0; i < 50; i++)
      expect((await tryPassword(server, `198.51.100.${i + 10}`, `guess-${i}`)).status).toBe(401);
    const fresh = await tryPassword(server, '192.0.2.99', PASSWORD);
    expect(fresh.status).toBe(429);
    expect(Number(fresh.headers.get('retry-after'))).toBeGreaterThan(600);
    expect((await tryPassword(server, OWNER, PASSWORD)).status).toBe(200);
  });

  it('remembers the counts across a restart', async () => {
    await start();
    for (let i = 0; i < 5; i++) await tryPassword(server, ATTACKER, `guess-${i}`);
    expect((await tryPassword(server, ATTACKER, 'again')).status).toBe(429);
    await server.restart();
    expect((await tryPassword(server, ATTACKER, 'again')).status).toBe(429);
  });

  it('takes the address the proxy appended, not what the client wrote before it', async () => {
    await start();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await tryPassword(server, ATTACKER, `guess-${i}`, `10.0.${i}.1, `)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('lets a whole office enrol, and counts only wrong codes', async () => {
    const teamId = await start();
    await addStaff(server, teamId, 'admin@example.org', 'admin');
    const coach = await signIn(server, 'admin@example.org');
    const redeem = (code: string) =>
      server.request('/api/devices/redeem', {
        method: 'POST',
        headers: { 'x-forwarded-for': OWNER },
        json: { code },
      });
    for (let i = 0; i < 25; i++) {
      const id = await addParticipant(server, coach, `S-${i}`);
      const inv = await server.request(`/api/participants/${id}/invitations`, {
        method: 'POST',
        headers: coach.headers,
      });
      const { shortCode } = (await inv.json()) as { shortCode: string };
      expect((await redeem(shortCode)).status).toBe(201);
    }
    const wrong: number[] = [];
    for (let i = 0; i < 21; i++) wrong.push((await redeem('ZZZZ-ZZZZ')).status);
    expect(wrong.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(wrong[20]).toBe(429);
  });
});

describe('password hashing under a burst', () => {
  it('runs at most two scrypt hashes at once, and every one still verifies', async () => {
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, hashLoad().running)), 2);
    const hashes = await Promise.all(
      Array.from({ length: 16 }, (_, i) => hashPassword(`burst password ${i}`)),
    );
    clearInterval(watch);
    expect(most).toBe(2);
    expect(await verifyPassword('burst password 7', hashes[7]!)).toBe(true);
  }, 60_000);
});
