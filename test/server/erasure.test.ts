import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportForTeam } from '../../src/server/reports/cohort';
import { addMonths, codeHash } from '../../src/server/teams/erasure';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  enrolDevice,
  orsFact,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

/**
 * Gallring: a participant whose retention time has run out is listed, erased on an admin's
 * recorded decision, and then found nowhere, not even in the SQLite file's free pages.
 */
const SECRET_NAME = 'Zelmira Östergren';
const SECRET_NOTE = 'Sömnlösa nätter sedan flytten';

describe('retention dates', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-15', 24, '2026-03-15'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe.each(DATABASES)('erasure on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  let teamId: string;
  afterEach(() => server?.close());

  async function setUp() {
    server = await startTestServer(kind);
    teamId = await addTeam(server, 'Säter');
    await addStaff(server, teamId, 'lead@example.org', 'admin');
    await addStaff(server, teamId, 'coach@example.org');
    admin = await signIn(server, 'lead@example.org');
    const id = await addParticipant(server, admin, 'GONE-1', {
      displayName: SECRET_NAME,
      intakeDate: '2023-01-10',
    });
    await addParticipant(server, admin, 'STAYS-1', { intakeDate: '2023-01-10' });
    const phone = await enrolDevice(server, admin, id);
    const rating = orsFact({}, new Date('2023-02-01T10:00:00Z'));
    await server.request('/api/sync/push', {
      method: 'POST',
      headers: phone.auth,
      json: {
        protocol: 1,
        facts: [
          rating,
          {
            type: 'note',
            id: crypto.randomUUID(),
            ratingId: rating.id,
            at: '2023-02-01T10:01:00.000Z',
            text: SECRET_NOTE,
            shared: true,
          },
        ],
      },
    });
    await server.request(`/api/participants/${id}/coach-notes`, {
      method: 'POST',
      headers: admin.headers,
      json: { sessionDate: '2023-02-01', text: `${SECRET_NOTE} (coach)` },
    });
    await server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: admin.headers,
      json: { exitDate: '2023-06-30', exitReason: 'work' },
    });
    return id;
  }

  const erase = (code: string, decisionRef: string, staff = admin) =>
    server.request('/api/team/erasures', {
      method: 'POST',
      headers: staff.headers,
      json: { code, decisionRef },
    });

  it('lists who is due, refuses an active one, and erases on a recorded decision', async () => {
    await setUp();
    server.clock.now = new Date('2025-07-01T08:00:00Z');
    const list = await (
      await server.request('/api/team/erasures', { headers: admin.headers })
    ).json();
    expect(list.retentionMonths).toBe(24);
    expect(list.due).toEqual([
      expect.objectContaining({ code: 'GONE-1', exitDate: '2023-06-30', dueOn: '2025-06-30' }),
    ]);
    const active = await erase('STAYS-1', 'Dnr 2025/14');
    expect(active.status).toBe(409);
    expect((await active.json()).error.message).toContain('still active');
    expect((await erase('GONE-1', '')).status).toBe(400);
    const coach = await signIn(server, 'coach@example.org');
    expect((await erase('GONE-1', 'Dnr 2025/14', coach)).status).toBe(403);

    const before = await reportForTeam(
      server.store,
      teamId,
      { from: '2023-01-01', to: '2023-12-31' },
      {},
    );
    const done = await erase('GONE-1', 'Dnr 2025/14');
    expect(done.status).toBe(201);
    const { erasure } = await done.json();
    expect(erasure).toMatchObject({
      decisionRef: 'Dnr 2025/14',
      decidedBy: 'lead@example.org',
      removed: { facts: 2, coach_notes: 1, devices: 1, participant_history: 1 },
    });
    // Later reports leave the person out.
    const after = await reportForTeam(
      server.store,
      teamId,
      { from: '2023-01-01', to: '2023-12-31' },
      {},
    );
    expect(after.participants.total).toBe(before.participants.total - 1);
    // The erasure record: a hash of the code and the decision, nothing about the person.
    const records = await server.store.db.selectFrom('erasures').selectAll().execute();
    expect(records).toEqual([expect.objectContaining({ code_hash: codeHash(teamId, 'GONE-1') })]);
    expect(JSON.stringify(records)).not.toContain('GONE-1');
    const list2 = await (
      await server.request('/api/team/erasures', { headers: admin.headers })
    ).json();
    expect(list2.due).toEqual([]);
    expect(list2.done).toHaveLength(1);
    for (const table of ['participants', 'facts', 'coach_notes', 'devices'] as const) {
      const rows = await server.store.db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(SECRET_NOTE);
      expect(JSON.stringify(rows)).not.toContain('GONE-1');
    }
  });

  if (kind === 'sqlite')
    it('leaves nothing of the person in the database file or its log', async () => {
      await setUp();
      server.clock.now = new Date('2025-07-01T08:00:00Z');
      const dir = server.store.sqlite!.name.replace(/\/stegvis\.sqlite$/, '');
      const bytes = () =>
        readdirSync(dir)
          .map((f) => readFileSync(join(dir, f)).toString('latin1'))
          .join('');
      // Strings as SQLite stores them (UTF-8), read byte for byte.
      const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
      expect(bytes()).toContain(utf8(SECRET_NOTE));
      expect((await erase('GONE-1', 'Dnr 2025/14')).status).toBe(201);
      const file = bytes();
      expect(file).not.toContain(utf8(SECRET_NOTE));
      expect(file).not.toContain(utf8(SECRET_NAME));
      expect(file).not.toContain('GONE-1');
      expect(file).toContain('STAYS-1');
    });
});
