import { randomUUID } from 'node:crypto';
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
  type Staff,
  type TestServer,
} from './testServer';

const NOW = new Date('2026-11-20T09:00:00Z');
const answer = (months: number, status = 'work', at = NOW) => ({
  type: 'followUp',
  id: randomUUID(),
  at: at.toISOString(),
  months,
  status,
  income: status === 'work' ? 'salary' : 'activity_support',
});

describe.each(DATABASES)('follow-up on the phone after exit on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;

  const push = (auth: Record<string, string>, facts: unknown[]) =>
    server.request('/api/sync/push', {
      method: 'POST',
      headers: auth,
      json: { protocol: 1, facts },
    });
  const exitWithConsent = async (id: string, consent: boolean) => {
    await server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: coach.headers,
      json: { exitDate: '2026-03-31', exitReason: 'work' },
    });
    return server.request(`/api/participants/${id}/follow-up`, {
      method: 'PUT',
      headers: coach.headers,
      json: { consent },
    });
  };
  const statuses = async (id: string) =>
    (
      await (
        await server.request(`/api/participants/${id}/statuses`, { headers: coach.headers })
      ).json()
    ).statuses;

  beforeAll(async () => {
    server = await startTestServer(kind);
    server.clock.now = new Date('2026-11-20T10:00:00Z');
    const team = await addTeam(server, 'X');
    await addStaff(server, team, 'coach@x.example');
    coach = await signIn(server, 'coach@x.example');
  });
  afterAll(() => server?.close());

  it('refuses follow-up answers before exit, and everything after exit without consent', async () => {
    const id = await addParticipant(server, coach, 'F-1');
    const phone = await enrolDevice(server, coach, id);
    const before = await (await push(phone.auth, [answer(6)])).json();
    expect(before.results[0]).toMatchObject({ status: 'rejected', code: 'invalid_fact' });
    await exitWithConsent(id, false);
    expect((await push(phone.auth, [answer(6)])).status).toBe(403);
    const plan = await server.request('/api/sync/follow-up', { headers: phone.auth });
    expect((await plan.json()).followUp).toBeNull();
  });

  it('with consent keeps the phone for follow-up answers only, recorded as the participant’s', async () => {
    const id = await addParticipant(server, coach, 'F-2');
    const phone = await enrolDevice(server, coach, id);
    const res = await exitWithConsent(id, true);
    expect((await res.json()).participant.followUpConsentAt).toEqual(expect.any(String));
    const plan = await (
      await server.request('/api/sync/follow-up', { headers: phone.auth })
    ).json();
    expect(plan.followUp).toEqual({ exitDate: '2026-03-31', months: [3, 6, 12] });

    const { results } = await (
      await push(phone.auth, [orsFact({}, NOW), answer(3, 'job_seeking'), answer(6)])
    ).json();
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'accepted',
      'accepted',
    ]);
    expect(await statuses(id)).toEqual([
      expect.objectContaining({
        moment: 'followup',
        months: 3,
        status: 'job_seeking',
        recordedBy: 'participant',
      }),
      expect.objectContaining({
        moment: 'followup',
        months: 6,
        status: 'work',
        recordedBy: 'participant',
      }),
    ]);
    // Sent again (a lost answer): a duplicate, nothing recorded twice.
    // The 12-month follow-up is the last: answered, the follow-up ends and the phone is let go.
    const last = await (await push(phone.auth, [answer(12)])).json();
    expect(last.results[0].status).toBe('accepted');
    const after = await server.request('/api/sync/follow-up', { headers: phone.auth });
    expect(after.status).toBe(401);
    const row = await (
      await server.request(`/api/participants/${id}`, { headers: coach.headers })
    ).json();
    expect(row.participant.followUpEndedAt).toEqual(expect.any(String));
    // The participant's extract holds it all: the consent and every follow-up answer.
    const extract = await (
      await server.request(`/api/participants/${id}/extract`, { headers: coach.headers })
    ).json();
    expect(extract.participant.followUpConsentAt).toEqual(expect.any(String));
    expect(extract.statuses.map((r: { months: number }) => r.months)).toEqual([3, 6, 12]);
  });

  it('keeps a coach’s record over the phone’s, and ends when the participant withdraws', async () => {
    const id = await addParticipant(server, coach, 'F-3');
    const phone = await enrolDevice(server, coach, id);
    await exitWithConsent(id, true);
    await server.request(`/api/participants/${id}/statuses`, {
      method: 'PUT',
      headers: coach.headers,
      json: {
        moment: 'followup',
        months: 3,
        status: 'studies',
        income: 'study_support',
        recordedOn: '2026-07-01',
      },
    });
    await push(phone.auth, [answer(3, 'other')]);
    expect((await statuses(id))[0]).toMatchObject({
      months: 3,
      status: 'studies',
      recordedBy: 'coach',
    });
    const end = { type: 'followUpEnd', id: randomUUID(), at: NOW.toISOString() };
    expect((await (await push(phone.auth, [end])).json()).results[0].status).toBe('accepted');
    expect((await push(phone.auth, [answer(6)])).status).toBe(401);
    const { history } = await (
      await server.request(`/api/participants/${id}/history`, { headers: coach.headers })
    ).json();
    expect(history.map((h: { changes: object }) => h.changes)).toContainEqual({
      followUpConsent: [false, true],
    });
  });

  it('records consent only after exit', async () => {
    const id = await addParticipant(server, coach, 'F-4');
    const res = await server.request(`/api/participants/${id}/follow-up`, {
      method: 'PUT',
      headers: coach.headers,
      json: { consent: true },
    });
    expect(res.status).toBe(400);
  });
});
