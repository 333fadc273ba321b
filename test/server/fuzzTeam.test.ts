import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleWording } from '../builders/wording';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type TestServer,
} from './testServer';

/**
 * The team's own endpoints under malformed input: a wording file bent out of shape, report
 * queries of any kind, notes of any body. Always a 4xx with a code, never a 5xx, and a bad
 * wording file never replaces a good one.
 */
const RUNS = 250;

describe.each(DATABASES)('fuzzing team endpoints on %s', (kind) => {
  let server: TestServer;
  let admin: Record<string, string>;
  let participantId: string;
  const good = sampleWording('sv', 'Bra formulering');

  beforeAll(async () => {
    server = await startTestServer(kind);
    const team = await addTeam(server, 'Fuzz');
    await addStaff(server, team, 'admin@example.org', 'admin');
    const staff = await signIn(server, 'admin@example.org');
    admin = staff.headers;
    participantId = await addParticipant(server, staff, 'F-1');
    const res = await server.request('/api/team/wordings/sv', {
      method: 'PUT',
      headers: admin,
      json: good,
    });
    expect(res.status).toBe(200);
  });
  afterAll(() => server?.close());

  const expectClientError = async (res: Response) => {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).error.code).toEqual(expect.any(String));
  };

  it('refuses every bent wording file and keeps the good one', async () => {
    // Take the good file and break one thing in it: a value of the wrong kind, anywhere.
    const paths = [
      ['format'],
      ['language'],
      ['name'],
      ['instruments'],
      ['instruments', 'ors'],
      ['instruments', 'ors', 'title'],
      ['instruments', 'ors', 'anchors', 'low'],
      ['instruments', 'ors', 'items'],
      ['instruments', 'ors', 'items', 'overall'],
      ['instruments', 'ors', 'items', 'overall', 'label'],
    ];
    const wrong = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.constantFrom('', ' '.repeat(3), 'x'.repeat(401)),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), wrong, async (path, value) => {
        const file = structuredClone(good) as unknown as Record<string, unknown>;
        let node = file;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path.at(-1)!] = value;
        const res = await server.request('/api/team/wordings/sv', {
          method: 'PUT',
          headers: admin,
          json: file,
        });
        await expectClientError(res);
      }),
      { numRuns: RUNS },
    );
    const team = await (await server.request('/api/team', { headers: admin })).json();
    expect(team.wordings).toEqual([good]);
  });

  it('answers any report query with a report or a 4xx', async () => {
    const key = fc.constantFrom(
      'from',
      'to',
      'gender',
      'ageBand',
      'referrer',
      'groupId',
      'format',
      'x',
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, fc.string({ maxLength: 12 })), async (query) => {
        const res = await server.request(`/api/reports/team?${new URLSearchParams(query)}`, {
          headers: admin,
        });
        if (res.status === 200) expect((await res.json()).period).toBeDefined();
        else await expectClientError(res);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses any malformed coach note and stores none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ sessionDate: fc.string({ maxLength: 12 }), text: fc.constant('x') }),
        ),
        async (body) => {
          const res = await server.request(`/api/participants/${participantId}/coach-notes`, {
            method: 'POST',
            headers: { ...admin, 'content-type': 'application/json' },
            body: JSON.stringify(body) ?? 'null',
          });
          await expectClientError(res);
        },
      ),
      { numRuns: RUNS },
    );
    const notes = await server.store.db.selectFrom('coach_notes').selectAll().execute();
    expect(notes).toEqual([]);
  });
});
