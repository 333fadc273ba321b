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
  type TestServer,
} from './testServer';
import { sampleWording } from '../builders/wording';

type Actor = 'anonymous' | 'participantA' | 'participantB' | 'coachX' | 'coachY' | 'adminX';
const ACTORS: Actor[] = ['anonymous', 'participantA', 'participantB', 'coachX', 'coachY', 'adminX'];

/**
 * Every route × every kind of caller. Participants A and B belong to team X; coach Y is in
 * team Y. Deny by default: anything not granted below must be refused.
 */
describe.each(DATABASES)('access control on %s', (kind) => {
  let server: TestServer;
  const headers = {} as Record<Actor, Record<string, string>>;
  let idA = '';
  let deviceA = '';
  let groupX = '';
  let sessionX = '';
  let coachXId = '';

  beforeAll(async () => {
    server = await startTestServer(kind);
    const x = await addTeam(server, 'Team X');
    const y = await addTeam(server, 'Team Y');
    await addStaff(server, x, 'coach.x@example.org');
    await addStaff(server, y, 'coach.y@example.org');
    await addStaff(server, x, 'admin.x@example.org', 'admin');
    const coachX = await signIn(server, 'coach.x@example.org');
    coachXId = (
      await server.store.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'coach.x@example.org')
        .executeTakeFirstOrThrow()
    ).id;
    idA = await addParticipant(server, coachX, 'A-1');
    const idB = await addParticipant(server, coachX, 'B-1');
    const a = await enrolDevice(server, coachX, idA);
    const b = await enrolDevice(server, coachX, idB);
    deviceA = a.id;
    headers.anonymous = {};
    headers.participantA = a.auth;
    headers.participantB = b.auth;
    headers.coachX = coachX.headers;
    headers.coachY = (await signIn(server, 'coach.y@example.org')).headers;
    headers.adminX = (await signIn(server, 'admin.x@example.org')).headers;
    const group = await server.request('/api/groups', {
      method: 'POST',
      headers: coachX.headers,
      json: { name: 'Grupp X', memberIds: [idA] },
    });
    groupX = (await group.json()).group.id;
    const session = await server.request(`/api/groups/${groupX}/sessions`, {
      method: 'POST',
      headers: coachX.headers,
    });
    sessionX = (await session.json()).session.id;
  });
  afterAll(() => server?.close());
  const EMAILS: Partial<Record<Actor, string>> = {
    coachX: 'coach.x@example.org',
    coachY: 'coach.y@example.org',
    adminX: 'admin.x@example.org',
  };
  const staffHeaders = async (actor: Actor) => (await signIn(server, EMAILS[actor]!)).headers;

  const staffOnly = {
    anonymous: 401,
    participantA: 401,
    participantB: 401,
    coachX: 200,
    coachY: 200,
    adminX: 200,
  };
  const teamX = { ...staffOnly, coachY: 404 };
  const everyone = (status: number) =>
    Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<Actor, number>;
  const adminOnly = { ...staffOnly, coachX: 403, coachY: 403 };
  const noneOf = {
    anonymous: 401,
    participantA: 401,
    participantB: 401,
    coachX: 401,
    coachY: 401,
    adminX: 401,
  };
  const deviceOnly = {
    anonymous: 401,
    participantA: 200,
    participantB: 200,
    coachX: 401,
    coachY: 401,
    adminX: 401,
  };

  type Row = [string, string, () => string, (() => unknown) | null, Record<Actor, number>];
  const routes: Row[] = [
    [
      'GET',
      'health',
      () => '/api/health',
      null,
      {
        anonymous: 200,
        participantA: 200,
        participantB: 200,
        coachX: 200,
        coachY: 200,
        adminX: 200,
      },
    ],
    [
      'GET',
      'readiness',
      () => '/api/health/ready',
      null,
      {
        anonymous: 200,
        participantA: 200,
        participantB: 200,
        coachX: 200,
        coachY: 200,
        adminX: 200,
      },
    ],
    // Open to anyone: how to sign in, and the single sign-on redirects (not configured here,
    // so both send the browser back to the sign-in screen).
    ['GET', 'sign-in options', () => '/api/auth/options', null, everyone(200)],
    ['GET', 'single sign-on start', () => '/api/auth/oidc/start', null, everyone(303)],
    [
      'GET',
      'single sign-on callback',
      () => '/api/auth/oidc/callback?state=x&code=y',
      null,
      everyone(303),
    ],
    ['GET', 'me', () => '/api/auth/me', null, staffOnly],
    ['GET', 'users', () => '/api/users', null, adminOnly],
    [
      'PUT',
      'link an identity',
      () => `/api/users/${coachXId}/identity`,
      () => ({ identity: null }),
      { ...adminOnly, adminX: 204 },
    ],
    [
      'POST',
      'create user',
      () => '/api/users',
      () => ({
        email: `u${Math.random()}@example.org`,
        role: 'coach',
        password: 'long enough password',
      }),
      { ...adminOnly, adminX: 201 },
    ],
    ['GET', 'participant list', () => '/api/participants', null, staffOnly],
    [
      'POST',
      'create participant',
      () => '/api/participants',
      () => ({
        code: `N-${Math.floor(Math.random() * 1e9)}`,
        gender: 'other',
        birthYear: 1990,
        intakeDate: '2026-01-01',
      }),
      { ...staffOnly, coachX: 201, coachY: 201, adminX: 201 },
    ],
    ['GET', 'participant', () => `/api/participants/${idA}`, null, teamX],
    ['GET', 'participant ratings', () => `/api/participants/${idA}/ratings`, null, teamX],
    ['GET', 'participant extract', () => `/api/participants/${idA}/extract`, null, teamX],
    [
      'POST',
      'invitation',
      () => `/api/participants/${idA}/invitations`,
      null,
      { ...teamX, coachX: 201, adminX: 201 },
    ],
    ['GET', 'devices', () => `/api/participants/${idA}/devices`, null, teamX],
    [
      'PATCH',
      'correct intake',
      () => `/api/participants/${idA}`,
      () => ({ referrer: 'fk' }),
      teamX,
    ],
    ['GET', 'change history', () => `/api/participants/${idA}/history`, null, teamX],
    ['GET', "coach's notes", () => `/api/participants/${idA}/coach-notes`, null, teamX],
    [
      'POST',
      "add a coach's note",
      () => `/api/participants/${idA}/coach-notes`,
      () => ({ sessionDate: '2026-01-02', text: 'Bra samtal.' }),
      { ...teamX, coachX: 201, adminX: 201 },
    ],
    ['GET', 'acknowledged alerts', () => `/api/participants/${idA}/acknowledgements`, null, teamX],
    [
      'POST',
      'acknowledge an alert',
      () => `/api/participants/${idA}/acknowledgements`,
      () => ({ alertId: 'srsDrop', ratingId: 'no-such-rating', note: 'Pratat.' }),
      // Allowed, but there is no such open alert.
      { ...teamX, coachX: 409, adminX: 409 },
    ],
    [
      'POST',
      'check a CSV import',
      () => '/api/team/import/check',
      () => ({ csv: 'participant_code\n' }),
      adminOnly,
    ],
    [
      'POST',
      'run a CSV import',
      () => '/api/team/import/run',
      () => ({ csv: 'participant_code\n' }),
      // Allowed for an admin, but the file lacks columns.
      { ...adminOnly, adminX: 400 },
    ],
    ['GET', 'labour-market statuses', () => `/api/participants/${idA}/statuses`, null, teamX],
    [
      'PUT',
      'consent to follow-up on the phone',
      () => `/api/participants/${idA}/follow-up`,
      () => ({ consent: true }),
      // Allowed, but the participant has not exited.
      { ...teamX, coachX: 400, adminX: 400 },
    ],
    [
      'PUT',
      'record a labour-market status',
      () => `/api/participants/${idA}/statuses`,
      () => ({
        moment: 'intake',
        months: 0,
        status: 'job_seeking',
        income: 'activity_support',
        recordedOn: '2026-01-20',
      }),
      teamX,
    ],
    [
      'PUT',
      'responsible coaches',
      () => `/api/participants/${idA}/coaches`,
      () => ({ userIds: [] }),
      teamX,
    ],
    [
      'POST',
      'revoke a device',
      () => `/api/participants/${idA}/devices/00000000-0000-4000-8000-000000000000/revoke`,
      null,
      { ...teamX, coachX: 404, adminX: 404 },
    ],
    [
      'POST',
      'redeem',
      () => '/api/devices/redeem',
      () => ({ code: 'NOPE-NOPE' }),
      {
        anonymous: 400,
        participantA: 400,
        participantB: 400,
        coachX: 400,
        coachY: 400,
        adminX: 400,
      },
    ],
    [
      'POST',
      'push',
      () => '/api/sync/push',
      () => ({ protocol: 1, facts: [orsFact()] }),
      deviceOnly,
    ],
    ['GET', 'pull', () => '/api/sync/pull', null, deviceOnly],
    ['GET', "phone's team wording", () => '/api/sync/team', null, deviceOnly],
    ['GET', "phone's follow-up plan", () => '/api/sync/follow-up', null, deviceOnly],
    [
      'GET',
      'team report',
      () => '/api/reports/team?from=2026-01-01&to=2026-12-31',
      null,
      staffOnly,
    ],
    [
      'GET',
      'organisation report',
      () => '/api/organisation/report?from=2026-01-01&to=2026-12-31',
      null,
      { ...staffOnly, coachX: 403, coachY: 403, adminX: 403 },
    ],
    [
      'GET',
      'organisation settings',
      () => '/api/organisation/settings',
      null,
      { ...staffOnly, coachX: 403, coachY: 403, adminX: 403 },
    ],
    [
      'PATCH',
      'change organisation settings',
      () => '/api/organisation/settings',
      () => ({ goalExitReasons: ['work'] }),
      { ...staffOnly, coachX: 403, coachY: 403, adminX: 403 },
    ],
    ['GET', "team's questionnaire packs", () => '/api/team/questionnaires', null, staffOnly],
    [
      'PUT',
      'load a questionnaire pack',
      () => '/api/team/questionnaires',
      () => ({ pack: {}, licence: {} }),
      // Allowed for an admin, but the file is empty.
      { ...adminOnly, adminX: 400 },
    ],
    [
      'DELETE',
      'retire a questionnaire pack',
      () => '/api/team/questionnaires/no-such-pack',
      null,
      { ...adminOnly, adminX: 404 },
    ],
    ...(['GET', 'PUT', 'DELETE'] as const).map((method): Row => [
      method,
      `organisation's questionnaire packs (${method})`,
      () => `/api/organisation/questionnaires${method === 'DELETE' ? '/no-such-pack' : ''}`,
      method === 'PUT' ? () => ({ pack: {}, licence: {} }) : null,
      { ...staffOnly, coachX: 403, coachY: 403, adminX: 403 },
    ]),
    ['GET', 'groups', () => '/api/groups', null, staffOnly],
    [
      'POST',
      'create group',
      () => '/api/groups',
      () => ({ name: 'Ny grupp', memberIds: [] }),
      { ...staffOnly, coachX: 201, coachY: 201, adminX: 201 },
    ],
    [
      'PUT',
      'group members',
      () => `/api/groups/${groupX}/members`,
      () => ({ memberIds: [idA] }),
      teamX,
    ],
    [
      'POST',
      "start today's session",
      () => `/api/groups/${groupX}/sessions`,
      null,
      // Started in the set-up already: starting again reopens it.
      teamX,
    ],
    ['GET', 'session result', () => `/api/group-sessions/${sessionX}/result`, null, teamX],
    ['GET', "today's sessions", () => '/api/group-sessions/today', null, deviceOnly],
    [
      'POST',
      'unlock a tablet',
      () => `/api/groups/${groupX}/tablet`,
      null,
      { ...teamX, coachX: 201, adminX: 201 },
    ],
    ['POST', 'lock a tablet', () => '/api/tablet/lock', null, noneOf],
    [
      'POST',
      'sign in with a wrong password',
      () => '/api/auth/sign-in',
      // A new address each time: six wrong passwords for one account would be limited.
      () => ({
        email: `nobody-${Math.random().toString(36).slice(2)}@example.org`,
        password: 'not the right one',
      }),
      { ...noneOf },
    ],
    // Only a tablet token opens these; no phone, coach or admin credential does.
    ['GET', 'tablet group', () => '/api/tablet', null, noneOf],
    [
      'POST',
      'tablet push',
      () => '/api/tablet/push',
      () => ({ protocol: 1, items: [{ participantId: idA, fact: orsFact() }] }),
      noneOf,
    ],
    ['GET', 'team settings', () => '/api/team', null, staffOnly],
    ['GET', "the team's expected course", () => '/api/team/expected-course', null, staffOnly],
    ['GET', 'team export', () => '/api/team/export', null, adminOnly],
    ['GET', 'due for erasure', () => '/api/team/erasures', null, adminOnly],
    ['GET', 'access-log review', () => '/api/team/access-log', null, adminOnly],
    [
      'POST',
      'erase a participant',
      () => '/api/team/erasures',
      // Participant A is active, so even the admin's request is refused.
      () => ({ code: 'A-1', decisionRef: 'Dnr 1' }),
      { ...adminOnly, adminX: 409 },
    ],
    [
      'PATCH',
      'change team settings',
      () => '/api/team/settings',
      () => ({ gsrsThreshold: 34 }),
      adminOnly,
    ],
    [
      'PUT',
      'licence',
      () => '/api/team/licence',
      () => ({ holder: 'Team X', kind: 'group', date: '2026-01-01' }),
      adminOnly,
    ],
    [
      'PUT',
      'wording',
      () => '/api/team/wordings/sv',
      () => sampleWording('sv', 'Team X'),
      adminOnly,
    ],
    [
      'DELETE',
      'remove wording',
      () => '/api/team/wordings/en',
      null,
      { ...adminOnly, adminX: 204 },
    ],
    // Last: it ends the staff members' sessions.
    [
      'POST',
      'sign out',
      () => '/api/auth/sign-out',
      null,
      { ...staffOnly, coachX: 204, coachY: 204, adminX: 204 },
    ],
    [
      'GET',
      'unknown API route',
      () => '/api/secrets',
      null,
      {
        anonymous: 404,
        participantA: 404,
        participantB: 404,
        coachX: 404,
        coachY: 404,
        adminX: 404,
      },
    ],
  ];

  const cases = routes.flatMap(([method, name, path, body, expected]) =>
    ACTORS.map(
      (actor) => [`${method} ${name}`, actor, method, path, body, expected[actor]] as const,
    ),
  );

  it.each(cases)('%s as %s', async (_, actor, method, path, body, expected) => {
    const res = await server.request(path(), {
      method,
      headers: headers[actor],
      json: body ? body() : undefined,
    });
    expect(res.status).toBe(expected);
    if (res.status >= 400) expect((await res.json()).error.code).toEqual(expect.any(String));
    // Unlocking a tablet ends the coach's session on the server: sign in again for the rest.
    if (path().endsWith('/tablet') && res.status === 201)
      headers[actor] = await staffHeaders(actor);
  });

  it('has a row for every route the app has', () => {
    const rows = routes.map(([method, , path]) => `${method} ${path().split('?')[0]}`);
    const missing = server.app.routes
      .filter((r) => r.method !== 'ALL' && r.path !== '/*' && r.path !== '/assets/*')
      .filter((r) => {
        const pattern = new RegExp(`^${r.method} ${r.path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
        return !rows.some((row) => pattern.test(row));
      })
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('shows a coach only their own team, and a phone only its own participant', async () => {
    headers.coachY = (await signIn(server, 'coach.y@example.org')).headers;
    const listY = await (
      await server.request('/api/participants', { headers: headers.coachY })
    ).json();
    expect(listY.participants.map((p: { code: string }) => p.code)).not.toContain('A-1');
    const pullB = await (
      await server.request('/api/sync/pull', { headers: headers.participantB })
    ).json();
    const pullA = await (
      await server.request('/api/sync/pull', { headers: headers.participantA })
    ).json();
    expect(pullA.facts.length).toBeGreaterThan(0);
    const idsA = new Set(pullA.facts.map((f: { id: string }) => f.id));
    expect(pullB.facts.some((f: { id: string }) => idsA.has(f.id))).toBe(false);
    expect(deviceA).toBeTruthy();
  });
});
