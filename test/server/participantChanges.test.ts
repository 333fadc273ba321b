import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipant,
  coachesOfTwoTeams,
  DATABASES,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

describe.each(DATABASES)('intake and exit corrections on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let other: Staff;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ coach, otherCoach: other } = await coachesOfTwoTeams(server));
    id = await addParticipant(server, coach, 'E-1');
  });
  afterAll(() => server?.close());

  const patch = (body: unknown, who = coach) =>
    server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: who.headers,
      json: body,
    });

  it('corrects the intake date and records an exit, keeping the earlier values', async () => {
    expect((await patch({ intakeDate: '2026-01-20', referrer: 'af' })).status).toBe(200);
    const res = await patch({
      exitDate: '2026-09-30',
      exitReason: 'work',
      exitNote: 'Anställning med lönebidrag',
    });
    expect((await res.json()).participant).toMatchObject({
      intakeDate: '2026-01-20',
      exitDate: '2026-09-30',
      exitReason: 'work',
      exitNote: 'Anställning med lönebidrag',
    });
    const history = (
      await (
        await server.request(`/api/participants/${id}/history`, { headers: coach.headers })
      ).json()
    ).history;
    expect(history.map((h: { changes: object; by: string }) => [h.by, h.changes])).toEqual([
      ['x@example.org', { intakeDate: ['2026-01-15', '2026-01-20'], referrer: [null, 'af'] }],
      [
        'x@example.org',
        {
          exitDate: [null, '2026-09-30'],
          exitReason: [null, 'work'],
          exitNote: [null, 'Anställning med lönebidrag'],
        },
      ],
    ]);
  });

  it('adds no history for a change that changes nothing', async () => {
    await patch({ intakeDate: '2026-01-20' });
    const history = (
      await (
        await server.request(`/api/participants/${id}/history`, { headers: coach.headers })
      ).json()
    ).history;
    expect(history).toHaveLength(2);
  });

  it.each([
    ['an exit date without a reason', { exitDate: '2026-10-01' }],
    ['an unknown exit reason', { exitDate: '2026-10-01', exitReason: 'retired' }],
    ['an exit before intake', { exitDate: '2025-12-31', exitReason: 'studies' }],
    ['an unknown field', { personnummer: '19900101-1234' }],
  ])('refuses %s with a 400', async (_, body) => {
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('validation_failed');
  });

  it('can undo an exit recorded by mistake', async () => {
    const res = await patch({ exitDate: null, exitReason: null });
    expect((await res.json()).participant).toMatchObject({ exitDate: null, exitReason: null });
  });

  it('refuses a coach of another team and a missing CSRF header', async () => {
    expect((await patch({ intakeDate: '2026-01-01' }, other)).status).toBe(404);
    const noCsrf = await server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: { cookie: coach.cookie },
      json: { intakeDate: '2026-01-01' },
    });
    expect(noCsrf.status).toBe(403);
  });
});
