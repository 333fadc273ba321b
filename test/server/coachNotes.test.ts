import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipant,
  coachesOfTwoTeams,
  DATABASES,
  enrolDevice,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

describe.each(DATABASES)("coach's session notes on %s", (kind) => {
  let server: TestServer;
  let coach: Staff;
  let otherCoach: Staff;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    server.clock.now = new Date('2026-11-23T10:00:00Z');
    ({ coach, otherCoach } = await coachesOfTwoTeams(server));
    id = await addParticipant(server, coach, 'N-1');
  });
  afterAll(() => server?.close());

  const post = (staff: Staff, json: unknown) =>
    server.request(`/api/participants/${id}/coach-notes`, {
      method: 'POST',
      headers: staff.headers,
      json,
    });

  it('keeps notes in session order, with who wrote them, and logs each read', async () => {
    expect(
      (await post(coach, { sessionDate: '2026-11-20', text: '  Pratade om mål.  ' })).status,
    ).toBe(201);
    expect((await post(coach, { sessionDate: '2026-11-06', text: 'Första träffen.' })).status).toBe(
      201,
    );
    const res = await server.request(`/api/participants/${id}/coach-notes`, {
      headers: coach.headers,
    });
    const { notes } = await res.json();
    expect(
      notes.map((n: { sessionDate: string; text: string; by: string }) => [
        n.sessionDate,
        n.text,
        n.by,
      ]),
    ).toEqual([
      ['2026-11-06', 'Första träffen.', 'x@example.org'],
      ['2026-11-20', 'Pratade om mål.', 'x@example.org'],
    ]);
    const log = await server.store.db
      .selectFrom('access_log')
      .select('action')
      .where('participant_id', '=', id)
      .execute();
    expect(log.map((l) => l.action)).toContain('coach_notes');
  });

  it('refuses an empty note, a bad or future date, and unknown fields, field by field', async () => {
    for (const [body, path] of [
      [{ sessionDate: '2026-11-20', text: '   ' }, 'text'],
      [{ sessionDate: '2026-11-31', text: 'x' }, 'sessionDate'],
      [{ sessionDate: '2026-11-25', text: 'x' }, 'sessionDate'],
      [{ sessionDate: '2026-11-20', text: 'x'.repeat(2001) }, 'text'],
      [{ sessionDate: '2026-11-20', text: 'x', secret: 1 }, ''],
    ] as const) {
      const res = await post(coach, body);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('validation_failed');
      expect(error.details[0].path).toBe(path);
    }
  });

  it("refuses another team's coach, and never sends a note to the participant's phone", async () => {
    expect((await post(otherCoach, { sessionDate: '2026-11-20', text: 'x' })).status).toBe(404);
    const read = await server.request(`/api/participants/${id}/coach-notes`, {
      headers: otherCoach.headers,
    });
    expect(read.status).toBe(404);
    const phone = await enrolDevice(server, coach, id);
    const pulled = await (await server.request('/api/sync/pull', { headers: phone.auth })).json();
    expect(JSON.stringify(pulled)).not.toContain('Pratade om mål');
  });
});
