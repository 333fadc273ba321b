import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const gsrs = (code: string, v: number) =>
  orsFact({
    instrument: 'gsrs',
    groupSession: code,
    values: { relationship: v, goals: v, approach: v, overall: v },
  });

describe.each(DATABASES)('group sessions on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let otherCoach: Staff;
  const phones: Record<string, string>[] = [];
  let groupId: string;
  const memberIds: string[] = [];
  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ coach, otherCoach } = await coachesOfTwoTeams(server));
    const ids: string[] = [];
    for (const code of ['G-1', 'G-2', 'G-3', 'G-4']) {
      const id = await addParticipant(server, coach, code);
      ids.push(id);
      memberIds.push(id);
      phones.push((await enrolDevice(server, coach, id)).auth);
    }
    const res = await server.request('/api/groups', {
      method: 'POST',
      headers: coach.headers,
      json: { name: 'Startgrupp HT26', memberIds: ids },
    });
    expect(res.status).toBe(201);
    groupId = (await res.json()).group.id;
  });
  afterAll(() => server?.close());

  it('shows only how many answered until three have, then means only, in steps of three', async () => {
    const started = await (
      await server.request(`/api/groups/${groupId}/sessions`, {
        method: 'POST',
        headers: coach.headers,
      })
    ).json();
    const { id, code } = started.session;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const today = await (
      await server.request('/api/group-sessions/today', { headers: phones[0]! })
    ).json();
    expect(today.sessions).toEqual([
      expect.objectContaining({ code, groupName: 'Startgrupp HT26' }),
    ]);

    const result = async () =>
      (
        await (
          await server.request(`/api/group-sessions/${id}/result`, { headers: coach.headers })
        ).json()
      ).result;
    const push = (phone: number, value: number) =>
      server.request('/api/sync/push', {
        method: 'POST',
        headers: phones[phone]!,
        json: { protocol: 1, facts: [gsrs(code, value)] },
      });
    await push(0, 9);
    await push(1, 7);
    expect(await result()).toEqual({ answered: 2, counted: 0, shown: false });
    await push(2, 8);
    const three = await result();
    expect(three).toMatchObject({ answered: 3, counted: 3, shown: true, total: { mean: 32 } });
    expect(JSON.stringify(three)).not.toMatch(/min|max/);
    // A 4th answer does not move the mean: 4 × new − 3 × old would be that person's rating.
    await push(3, 6);
    expect(await result()).toMatchObject({ answered: 4, counted: 3, total: { mean: 32 } });
  });

  it("reopens today's session when it is started again, and lists it with its answer count", async () => {
    const start = () =>
      server.request(`/api/groups/${groupId}/sessions`, { method: 'POST', headers: coach.headers });
    const first = await start();
    const again = await start();
    expect(again.status).toBe(200);
    const { session } = await again.json();
    expect(session).toEqual((await first.json()).session);
    const { groups } = await (
      await server.request('/api/groups', { headers: coach.headers })
    ).json();
    // The four answers of the test above, to the one session of the day.
    expect(groups[0].today).toEqual({ id: session.id, code: session.code, answered: 4 });
    const today = await (
      await server.request('/api/group-sessions/today', { headers: phones[0]! })
    ).json();
    expect(today.sessions).toHaveLength(1);
  });

  it('lists one entry per group on a phone even where an older version made two a day', async () => {
    const { session } = await (
      await server.request(`/api/groups/${groupId}/sessions`, {
        method: 'POST',
        headers: coach.headers,
      })
    ).json();
    await server.store.db
      .insertInto('group_sessions')
      .values({
        id: crypto.randomUUID(),
        group_id: groupId,
        team_id: (
          await server.store.db
            .selectFrom('groups')
            .select('team_id')
            .where('id', '=', groupId)
            .executeTakeFirstOrThrow()
        ).team_id,
        code: 'OLDDUP',
        held_on: session.heldOn,
        created_at: '2000-01-01T00:00:00.000Z',
      })
      .execute();
    const today = await (
      await server.request('/api/group-sessions/today', { headers: phones[0]! })
    ).json();
    expect(today.sessions.map((s: { code: string }) => s.code)).toEqual([session.code]);
  });

  it('refuses an unknown session code, and another team’s coach', async () => {
    const res = await server.request('/api/sync/push', {
      method: 'POST',
      headers: phones[0]!,
      json: { protocol: 1, facts: [gsrs('ZZZZZZ', 9)] },
    });
    expect((await res.json()).results[0]).toMatchObject({
      status: 'rejected',
      reason: 'unknown group session code',
    });
    const started = await (
      await server.request(`/api/groups/${groupId}/sessions`, {
        method: 'POST',
        headers: coach.headers,
      })
    ).json();
    expect(
      (
        await server.request(`/api/group-sessions/${started.session.id}/result`, {
          headers: otherCoach.headers,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await server.request(`/api/groups/${groupId}/sessions`, {
          method: 'POST',
          headers: otherCoach.headers,
        })
      ).status,
    ).toBe(404);
  });

  it('refuses a group with a member from another team', async () => {
    const foreign = await addParticipant(server, otherCoach, 'Y-1');
    const res = await server.request('/api/groups', {
      method: 'POST',
      headers: coach.headers,
      json: { name: 'Mixed', memberIds: [foreign] },
    });
    expect(res.status).toBe(400);
  });

  it('replaces the members of an existing group, only with the team’s own participants', async () => {
    const put = (staff: Staff, ids: string[]) =>
      server.request(`/api/groups/${groupId}/members`, {
        method: 'PUT',
        headers: staff.headers,
        json: { memberIds: ids },
      });
    const newcomer = await addParticipant(server, coach, 'G-5');
    const before = (await (await server.request('/api/groups', { headers: coach.headers })).json())
      .groups[0].memberIds as string[];
    const after = [...before.slice(1), newcomer, newcomer];
    const res = await put(coach, after);
    expect(res.status).toBe(200);
    const listed = (await (await server.request('/api/groups', { headers: coach.headers })).json())
      .groups[0].memberIds as string[];
    expect(new Set(listed)).toEqual(new Set([...before.slice(1), newcomer]));
    const foreign = await addParticipant(server, otherCoach, 'Y-2');
    expect((await put(coach, [foreign])).status).toBe(400);
    expect((await put(otherCoach, [foreign])).status).toBe(404);
    expect((await put(coach, ['not-a-uuid'])).status).toBe(400);
  });

  it("dates a session by the day in Stockholm, so one started after midnight is that day's", async () => {
    const before = server.clock.now;
    // Earlier tests changed the members; the phone used here must be one of them again.
    await server.request(`/api/groups/${groupId}/members`, {
      method: 'PUT',
      headers: coach.headers,
      json: { memberIds },
    });
    server.clock.now = new Date('2026-06-30T23:30:00Z'); // 01:30 on 1 July in Stockholm
    const { session } = await (
      await server.request(`/api/groups/${groupId}/sessions`, {
        method: 'POST',
        headers: coach.headers,
      })
    ).json();
    expect(session.heldOn).toBe('2026-07-01');
    const today = await (
      await server.request('/api/group-sessions/today', { headers: phones[0]! })
    ).json();
    expect(today.sessions.map((s: { code: string }) => s.code)).toContain(session.code);
    server.clock.now = before;
  });
});
