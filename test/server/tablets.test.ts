import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberCodeHash } from '../../src/server/http/tablets';
import {
  addParticipant,
  coachesOfTwoTeams,
  DATABASES,
  orsFact,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

const tabletOrs = (extra: Record<string, unknown> = {}) =>
  orsFact({ provenance: 'shared_tablet', ...extra });

describe.each(DATABASES)('shared tablets on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let otherCoach: Staff;
  let groupId: string;
  const members: string[] = [];
  let outsider: string;
  let tablet: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ({ coach, otherCoach } = await coachesOfTwoTeams(server));
    for (const code of ['T-1', 'T-2', 'T-3'])
      members.push(await addParticipant(server, coach, code));
    outsider = await addParticipant(server, coach, 'T-9');
    const res = await server.request('/api/groups', {
      method: 'POST',
      headers: coach.headers,
      json: { name: 'Torsdagsgruppen', memberIds: members },
    });
    groupId = (await res.json()).group.id;
  });
  afterAll(() => server?.close());

  const push = (items: unknown[], headers = tablet) =>
    server.request('/api/tablet/push', {
      method: 'POST',
      headers,
      json: { protocol: 1, items },
    });

  it("a coach unlocks a tablet for their own group; it gets hashes of the members' codes, and the coach is signed out", async () => {
    const other = await server.request(`/api/groups/${groupId}/tablet`, {
      method: 'POST',
      headers: otherCoach.headers,
    });
    expect(other.status).toBe(404);
    await server.request(`/api/groups/${groupId}/sessions`, {
      method: 'POST',
      headers: coach.headers,
    });
    const res = await server.request(`/api/groups/${groupId}/tablet`, {
      method: 'POST',
      headers: coach.headers,
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.group.name).toBe('Torsdagsgruppen');
    expect(body.members.map((m: { codeHash: string }) => m.codeHash)).toEqual(
      ['T-1', 'T-2', 'T-3'].map((code) => memberCodeHash(code, body.codeSalt)),
    );
    expect(JSON.stringify(body)).not.toMatch(/T-\d/);
    expect(body.sessionCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(Object.keys(body.members[0]).sort()).toEqual(['codeHash', 'id']);
    // The coach's session ended on the server, not only on the device.
    expect((await server.request('/api/auth/me', { headers: coach.headers })).status).toBe(401);
    coach = await signIn(server, 'x@example.org');
    tablet = { authorization: `Bearer ${body.token}` };
    const again = await (await server.request('/api/tablet', { headers: tablet })).json();
    expect(again.members).toEqual(body.members);
  });

  it("adds each member's rating to that member, once, and refuses anyone outside the group", async () => {
    const a = tabletOrs();
    const b = tabletOrs();
    const wrongProvenance = orsFact();
    const res = await push([
      { participantId: members[0], fact: a },
      { participantId: members[1], fact: b },
      { participantId: members[1], fact: b },
      { participantId: outsider, fact: tabletOrs() },
      { participantId: members[2], fact: wrongProvenance },
    ]);
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'accepted',
      'accepted',
      'duplicate',
      'rejected',
      'rejected',
    ]);
    const again = await (await push([{ participantId: members[0], fact: a }])).json();
    expect(again.results[0].status).toBe('duplicate');
    const rows = await server.store.db
      .selectFrom('facts')
      .select(['participant_id', 'id', 'provenance', 'device_id'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { participant_id: members[0], id: a.id, provenance: 'shared_tablet', device_id: null },
      { participant_id: members[1], id: b.id, provenance: 'shared_tablet', device_id: null },
    ]);
  });

  it('reads nothing back, and stops working once locked', async () => {
    for (const path of ['/api/sync/pull', `/api/participants/${members[0]}/ratings`])
      expect((await server.request(path, { headers: tablet })).status).toBe(401);
    const bad = await server.request('/api/tablet/push', {
      method: 'POST',
      headers: tablet,
      json: { protocol: 1, items: [{ participantId: 'x', fact: {} }] },
    });
    expect(bad.status).toBe(400);
    expect(
      (await server.request('/api/tablet/lock', { method: 'POST', headers: tablet })).status,
    ).toBe(204);
    expect((await push([{ participantId: members[0], fact: tabletOrs() }])).status).toBe(401);
  });

  it('expires by itself after the day', async () => {
    const res = await server.request(`/api/groups/${groupId}/tablet`, {
      method: 'POST',
      headers: coach.headers,
    });
    const headers = { authorization: `Bearer ${(await res.json()).token}` };
    expect((await server.request('/api/tablet', { headers })).status).toBe(200);
    server.clock.now = new Date(server.clock.now.getTime() + 13 * 3_600_000);
    expect((await server.request('/api/tablet', { headers })).status).toBe(401);
  });
});
