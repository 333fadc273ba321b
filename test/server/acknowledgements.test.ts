import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipant,
  coachesOfTwoTeams,
  DATABASES,
  enrolDevice,
  orsFact,
  type Staff,
  type TestServer,
  startTestServer,
} from './testServer';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));
/** An SRS whose four items are the same value, so its total is four times that. */
const srsFact = (item: number, at: Date) =>
  orsFact(
    {
      instrument: 'srs',
      values: { relationship: item, goals: item, approach: item, overall: item },
    },
    at,
  );

describe.each(DATABASES)('alerts acknowledged after a conversation on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let otherCoach: Staff;
  let participantId: string;
  let phone: Record<string, string>;

  const push = (facts: unknown[]) =>
    server.request('/api/sync/push', {
      method: 'POST',
      headers: phone,
      json: { protocol: 1, facts },
    });
  const openAlerts = async () => {
    const { participants } = await (
      await server.request('/api/participants', { headers: coach.headers })
    ).json();
    const row = participants.find((p: { id: string }) => p.id === participantId);
    return row.summary.alerts as { id: string; ratingId: string }[];
  };
  const acknowledge = (staff: Staff, json: unknown) =>
    server.request(`/api/participants/${participantId}/acknowledgements`, {
      method: 'POST',
      headers: staff.headers,
      json,
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ coach, otherCoach } = await coachesOfTwoTeams(server));
    participantId = await addParticipant(server, coach, 'A-1');
    phone = (await enrolDevice(server, coach, participantId)).auth;
  });
  afterAll(() => server?.close());

  it('does not count a fall smaller than the team’s SRS drop points', async () => {
    // 38.8 → 38.0 (0.8 points): noise, not a conversation.
    await push([srsFact(9.7, day(2)), srsFact(9.5, day(9))]);
    expect((await openAlerts()).map((a) => a.id)).not.toContain('srsDrop');
  });

  it('closes an alert with a note kept in the history, and refuses a wrong one', async () => {
    await push([srsFact(8.5, day(16))]); // 38.0 → 34.0
    const drop = (await openAlerts()).find((a) => a.id === 'srsDrop')!;
    expect(drop).toBeDefined();

    const empty = await acknowledge(coach, {
      alertId: 'srsDrop',
      ratingId: drop.ratingId,
      note: ' ',
    });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details[0].path).toBe('note');
    const unknown = await acknowledge(coach, { alertId: 'srsDrop', ratingId: 'x', note: 'Ok' });
    expect(unknown.status).toBe(409);
    const foreign = await acknowledge(otherCoach, {
      alertId: 'srsDrop',
      ratingId: drop.ratingId,
      note: 'Ok',
    });
    expect(foreign.status).toBe(404);

    const ok = await acknowledge(coach, {
      alertId: 'srsDrop',
      ratingId: drop.ratingId,
      note: 'Pratade om tempot i gruppen.',
    });
    expect(ok.status).toBe(201);
    expect((await ok.json()).acknowledgement).toMatchObject({
      alertId: 'srsDrop',
      by: 'x@example.org',
    });
    expect((await openAlerts()).map((a) => a.id)).not.toContain('srsDrop');
    // Once only: the same firing cannot be acknowledged twice.
    expect(
      (await acknowledge(coach, { alertId: 'srsDrop', ratingId: drop.ratingId, note: 'Igen' }))
        .status,
    ).toBe(409);

    const { history } = await (
      await server.request(`/api/participants/${participantId}/history`, { headers: coach.headers })
    ).json();
    expect(history.at(-1).changes).toEqual({
      alertAcknowledged: ['srsDrop', 'Pratade om tempot i gruppen.'],
    });
    const { acknowledgements } = await (
      await server.request(`/api/participants/${participantId}/acknowledgements`, {
        headers: coach.headers,
      })
    ).json();
    expect(acknowledgements).toHaveLength(1);
  });

  it('opens again when a later rating sets the rule off anew', async () => {
    await push([srsFact(7.5, day(23))]); // 34.0 → 30.0
    const again = (await openAlerts()).find((a) => a.id === 'srsDrop');
    expect(again).toBeDefined();
  });

  it('still leaves out a later fall under the drop points', async () => {
    await push([srsFact(7.2, day(30))]); // 30.0 → 28.8: under 3 points
    expect((await openAlerts()).map((a) => a.id)).not.toContain('srsDrop');
  });
});
