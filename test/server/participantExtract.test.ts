import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantExtractSchema } from '../../src/shared/participantExtract';
import {
  addParticipant,
  coachesOfTwoTeams,
  DATABASES,
  enrolDevice,
  orsFact,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

/** A participant's own copy (GDPR art. 15): everything held about them, their private notes too. */
describe.each(DATABASES)('participant extract on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let otherCoach: Staff;
  let id: string;
  let ratingId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ coach, otherCoach } = await coachesOfTwoTeams(server));
    id = await addParticipant(server, coach, 'EX-1', { displayName: 'Kim', yearsInSupport: 3 });
    const phone = await enrolDevice(server, coach, id);
    const rating = orsFact(
      { note: 'Bara för mig', noteShared: false },
      new Date(Date.now() - 60_000),
    );
    ratingId = rating.id;
    await server.request('/api/sync/push', {
      method: 'POST',
      headers: phone.auth,
      json: {
        protocol: 1,
        facts: [
          rating,
          { type: 'withdrawal', id: crypto.randomUUID(), ratingId, at: new Date().toISOString() },
        ],
      },
    });
    await server.request(`/api/participants/${id}/coach-notes`, {
      method: 'POST',
      headers: coach.headers,
      json: { sessionDate: '2026-03-01', text: 'Pratade om praktik' },
    });
    await server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: coach.headers,
      json: { referrer: 'af' },
    });
  });
  afterAll(() => server?.close());

  it('holds the record, ratings with items and private notes, coach notes, phones, history and reads', async () => {
    const res = await server.request(`/api/participants/${id}/extract`, { headers: coach.headers });
    expect(res.status).toBe(200);
    const x = participantExtractSchema.parse(await res.json());
    expect(x.participant).toMatchObject({
      code: 'EX-1',
      displayName: 'Kim',
      yearsInSupport: 3,
      referrer: 'af',
    });
    expect(x.ratings).toEqual([
      expect.objectContaining({
        id: ratingId,
        instrument: 'ors',
        withdrawn: true,
        notes: [expect.objectContaining({ text: 'Bara för mig', shared: false })],
      }),
    ]);
    expect(Object.keys(x.ratings[0]!.values).sort()).toEqual([
      'individual',
      'interpersonal',
      'overall',
      'social',
    ]);
    expect(x.coachNotes).toEqual([
      expect.objectContaining({ text: 'Pratade om praktik', by: 'x@example.org' }),
    ]);
    expect(x.devices).toHaveLength(1);
    expect(x.history[0]!.changes).toEqual({ referrer: [null, 'af'] });
    // This very extract is a read, and it is in the log it shows.
    expect(x.accessLog.at(-1)).toMatchObject({ by: 'x@example.org', action: 'extract' });
  });

  it('is refused to another team', async () => {
    expect(
      (await server.request(`/api/participants/${id}/extract`, { headers: otherCoach.headers }))
        .status,
    ).toBe(404);
  });
});
