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

/** The admin's access-log review: filters, a random sample, CSV; only the team's own log. */
describe.each(DATABASES)('access-log review on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  let anna: Staff;
  let bo: Staff;
  let ids: string[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    const team = await addTeam(server, 'Säter');
    const other = await addTeam(server, 'Avesta');
    await addStaff(server, team, 'lead@example.org', 'admin');
    await addStaff(server, team, 'anna@example.org');
    await addStaff(server, team, 'bo@example.org');
    await addStaff(server, other, 'other@example.org');
    admin = await signIn(server, 'lead@example.org');
    anna = await signIn(server, 'anna@example.org');
    bo = await signIn(server, 'bo@example.org');
    ids = [
      await addParticipant(server, admin, 'LOG-1'),
      await addParticipant(server, admin, 'LOG-2'),
    ];
    const otherCoach = await signIn(server, 'other@example.org');
    await addParticipant(server, otherCoach, 'ELSEWHERE-1');
    server.clock.now = new Date('2026-11-03T09:00:00Z');
    await server.request(`/api/participants/${ids[0]}`, { headers: anna.headers });
    server.clock.now = new Date('2026-11-20T09:00:00Z');
    await server.request(`/api/participants/${ids[1]}/ratings`, { headers: bo.headers });
    await server.request('/api/participants', { headers: bo.headers });
    await server.request('/api/participants', { headers: otherCoach.headers });
  });
  afterAll(() => server?.close());

  const review = (query: string, staff = admin) =>
    server.request(`/api/team/access-log?${query}`, { headers: staff.headers });

  it('lists who read whose data, newest first, including reads of the list', async () => {
    const log = await (await review('from=2026-11-01&to=2026-11-30')).json();
    expect(log.total).toBe(4);
    expect(log.entries).toEqual([
      {
        at: '2026-11-20T09:00:00.000Z',
        by: 'bo@example.org',
        participant: 'LOG-2',
        action: 'list',
      },
      {
        at: '2026-11-20T09:00:00.000Z',
        by: 'bo@example.org',
        participant: 'LOG-1',
        action: 'list',
      },
      {
        at: '2026-11-20T09:00:00.000Z',
        by: 'bo@example.org',
        participant: 'LOG-2',
        action: 'ratings',
      },
      {
        at: '2026-11-03T09:00:00.000Z',
        by: 'anna@example.org',
        participant: 'LOG-1',
        action: 'view',
      },
    ]);
    // Another team's reads and participants are not in it.
    expect(JSON.stringify(log)).not.toMatch(/ELSEWHERE|other@/);
  });

  it('filters by staff member, participant and period', async () => {
    expect((await (await review('user=ANNA@example.org')).json()).total).toBe(1);
    expect((await (await review('participant=LOG-2')).json()).total).toBe(2);
    expect((await (await review('from=2026-11-04&to=2026-11-19')).json()).total).toBe(0);
    expect((await (await review('to=2026-11-03')).json()).total).toBeGreaterThanOrEqual(1);
    const bad = await review('from=yesterday&sample=0');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'from',
      'sample',
    ]);
  });

  it('draws a random sample for the monthly check, in time order', async () => {
    const log = await (await review('from=2026-11-01&to=2026-11-30&sample=2')).json();
    expect(log.sampled).toBe(true);
    expect(log.total).toBe(4);
    expect(log.entries).toHaveLength(2);
    expect(log.entries[0].at <= log.entries[1].at).toBe(true);
  });

  it('gives CSV for Excel, and only to the admin', async () => {
    const res = await review('from=2026-11-01&to=2026-11-30&format=csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFFtime;staff;participant_code;action')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(5);
    expect((await review('', anna)).status).toBe(403);
  });
});
