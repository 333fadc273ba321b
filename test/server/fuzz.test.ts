import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  enrolDevice,
  orsFact,
  signIn,
  startTestServer,
  type TestServer,
} from './testServer';

/**
 * Thousands of malformed bodies to every endpoint, as the caller that gets furthest into
 * each: always a 4xx with an error code (or, for a well-formed push, every item refused),
 * never a 5xx, and nothing stored.
 */
const RUNS = 400;

describe.each(DATABASES)('fuzzing the API on %s', (kind) => {
  let server: TestServer;
  let staff: Record<string, string>;
  let admin: Record<string, string>;
  let device: Record<string, string>;
  let participantId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const team = await addTeam(server, 'Fuzz');
    await addStaff(server, team, 'coach@example.org');
    await addStaff(server, team, 'admin@example.org', 'admin');
    const coach = await signIn(server, 'coach@example.org');
    staff = coach.headers;
    admin = (await signIn(server, 'admin@example.org')).headers;
    participantId = await addParticipant(server, coach, 'F-1');
    device = (await enrolDevice(server, coach, participantId)).auth;
  });
  afterAll(() => server?.close());

  const counts = async () => {
    const count = async (table: 'facts' | 'participants' | 'users' | 'devices' | 'invitations') =>
      Number(
        (
          await server.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      facts: await count('facts'),
      participants: await count('participants'),
      users: await count('users'),
      devices: await count('devices'),
    };
  };

  const body = fc.oneof(
    fc.json().map((j) => ({ raw: j })),
    fc.anything().map((v) => ({ raw: JSON.stringify(v) ?? 'null' })),
    fc.string().map((s) => ({ raw: s })),
    fc
      .dictionary(
        fc.constantFrom(
          'code',
          'email',
          'password',
          'role',
          'gender',
          'birthYear',
          'intakeDate',
          'protocol',
          'facts',
          'extra',
        ),
        fc.anything(),
      )
      .map((o) => ({ raw: JSON.stringify(o) })),
  );

  const endpoints: [string, string, () => Record<string, string>][] = [
    ['POST', '/api/auth/sign-in', () => ({})],
    ['POST', '/api/users', () => admin],
    ['POST', '/api/participants', () => staff],
    ['POST', '/api/devices/redeem', () => ({})],
    ['POST', '/api/sync/push', () => device],
  ];

  it.each(endpoints)(
    '%s %s never fails with a 5xx or stores anything',
    async (method, path, who) => {
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(
          body,
          fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
          async ({ raw }, type) => {
            const headers = { ...who(), ...(type ? { 'content-type': type } : {}) };
            const res = await server.request(path, { method, headers, body: raw });
            expect(res.status).toBeLessThan(500);
            const answer = await res.json();
            if (res.status >= 400) expect(answer.error.code).toEqual(expect.any(String));
            else
              expect(answer.results.every((r: { status: string }) => r.status === 'rejected')).toBe(
                true,
              );
          },
        ),
        { numRuns: RUNS },
      );
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses mangled facts inside a well-formed push, item by item', async () => {
    const before = await counts();
    const field = fc.constantFrom(
      'id',
      'type',
      'instrument',
      'instrumentVersion',
      'administeredAt',
      'values',
      'provenance',
      'wording',
    );
    // Values no field accepts (a random string would be a fine wording, so none here).
    const broken = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.object(),
      fc.constantFrom('', '   ', 'not-a-uuid', '2026-13-45'),
      fc.double().filter((d) => !Number.isInteger(d)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc
            .tuple(field, broken)
            .filter(([k, v]) => !(k === 'wording' && typeof v === 'string' && v.trim() !== '')),
          { minLength: 1, maxLength: 20 },
        ),
        async (mangles) => {
          const facts = mangles.map(([key, value]) => ({ ...orsFact(), [key]: value }));
          const res = await server.request('/api/sync/push', {
            method: 'POST',
            headers: device,
            json: { protocol: 1, facts },
          });
          expect(res.status).toBe(200);
          const { results } = await res.json();
          expect(results.map((r: { status: string }) => r.status)).toEqual(
            facts.map(() => 'rejected'),
          );
        },
      ),
      { numRuns: RUNS },
    );
    expect(await counts()).toEqual(before);
  });

  it('answers odd query strings and ids with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const pull = await server.request(`/api/sync/pull?since=${encodeURIComponent(s)}`, {
          headers: device,
        });
        expect(pull.status === 200 || pull.status === 400).toBe(true);
        const get = await server.request(`/api/participants/${encodeURIComponent(s)}`, {
          headers: staff,
        });
        expect(get.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
});
