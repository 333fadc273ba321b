import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

describe.each(DATABASES)('responsible coaches on %s', (kind) => {
  let server: TestServer;
  let anna: Staff;
  let bo: Staff;
  let cecilia: Staff;
  let outsider: Staff;
  let participantId: string;
  const ids: Record<string, string> = {};

  const row = async () => {
    const { participants } = await (
      await server.request('/api/participants', { headers: anna.headers })
    ).json();
    return participants.find((p: { id: string }) => p.id === participantId);
  };
  const put = (userIds: string[]) =>
    server.request(`/api/participants/${participantId}/coaches`, {
      method: 'PUT',
      headers: anna.headers,
      json: { userIds },
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    const x = await addTeam(server, 'X');
    const y = await addTeam(server, 'Y');
    for (const who of ['anna', 'bo', 'cecilia']) await addStaff(server, x, `${who}@x.example`);
    await addStaff(server, y, 'other@y.example');
    anna = await signIn(server, 'anna@x.example');
    bo = await signIn(server, 'bo@x.example');
    cecilia = await signIn(server, 'cecilia@x.example');
    outsider = await signIn(server, 'other@y.example');
    const { coaches } = await (await server.request('/api/team', { headers: anna.headers })).json();
    for (const c of coaches) ids[c.email] = c.id;
    participantId = await addParticipant(server, anna, 'K-1');
  });
  afterAll(() => server?.close());

  it('makes whoever enrols the participant responsible to begin with', async () => {
    expect((await row()).coachIds).toEqual([ids['anna@x.example']]);
  });

  it('takes one or two of the team’s coaches, never three, twice the same or an outsider', async () => {
    const three = await put([
      ids['anna@x.example']!,
      ids['bo@x.example']!,
      ids['cecilia@x.example']!,
    ]);
    expect(three.status).toBe(400);
    expect((await put([ids['bo@x.example']!, ids['bo@x.example']!])).status).toBe(400);
    const { coaches } = await (
      await server.request('/api/team', { headers: outsider.headers })
    ).json();
    const foreign = await put([coaches[0].id]);
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).error.details[0].path).toBe('userIds');

    const ok = await put([ids['cecilia@x.example']!, ids['bo@x.example']!]);
    expect(ok.status).toBe(200);
    expect((await row()).coachIds.sort()).toEqual(
      [ids['bo@x.example'], ids['cecilia@x.example']].sort(),
    );
    const { history } = await (
      await server.request(`/api/participants/${participantId}/history`, { headers: bo.headers })
    ).json();
    expect(history.at(-1).changes).toEqual({
      coaches: ['anna@x.example', 'bo@x.example, cecilia@x.example'],
    });
    expect(cecilia).toBeDefined();
  });

  it("refuses another team's coach the participant altogether", async () => {
    const res = await server.request(`/api/participants/${participantId}/coaches`, {
      method: 'PUT',
      headers: outsider.headers,
      json: { userIds: [] },
    });
    expect(res.status).toBe(404);
  });
});
