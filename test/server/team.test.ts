import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { sampleWording } from '../builders/wording';
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

describe.each(DATABASES)('team settings, licence and wording on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  let coach: Staff;
  let phone: Record<string, string>;
  let otherPhone: Record<string, string>;
  let participantId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const x = await addTeam(server, 'X');
    const y = await addTeam(server, 'Y');
    await addStaff(server, x, 'admin@x.example', 'admin');
    await addStaff(server, x, 'coach@x.example');
    await addStaff(server, y, 'admin@y.example', 'admin');
    admin = await signIn(server, 'admin@x.example');
    coach = await signIn(server, 'coach@x.example');
    const adminY = await signIn(server, 'admin@y.example');
    participantId = await addParticipant(server, coach, 'T-1');
    phone = (await enrolDevice(server, coach, participantId)).auth;
    otherPhone = (await enrolDevice(server, adminY, await addParticipant(server, adminY, 'Y-1')))
      .auth;
  });
  afterAll(() => server?.close());

  const patch = (staff: Staff, json: unknown) =>
    server.request('/api/team/settings', { method: 'PATCH', headers: staff.headers, json });

  it('starts from the published defaults, readable by every coach', async () => {
    const body = await (await server.request('/api/team', { headers: coach.headers })).json();
    expect(body.team.name).toBe('X');
    expect(body.settings).toEqual(DEFAULT_TEAM_SETTINGS);
    expect(body.licence).toBeNull();
    expect(body.wordings).toEqual([]);
  });

  it('lets only an admin change settings, and refuses wrong values field by field', async () => {
    expect((await patch(coach, { gsrsThreshold: 30 })).status).toBe(403);
    const bad = await patch(admin, { gsrsThreshold: 41, goalExitReasons: ['work', 'work'] });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'goalExitReasons',
      'gsrsThreshold',
    ]);
    expect((await patch(admin, { unknownField: 1 })).status).toBe(400);
    const ok = await patch(admin, { gsrsThreshold: 32, dropoutsInDenominator: false });
    expect(ok.status).toBe(200);
    const body = await (await server.request('/api/team', { headers: coach.headers })).json();
    expect(body.settings).toEqual({
      ...DEFAULT_TEAM_SETTINGS,
      gsrsThreshold: 32,
      dropoutsInDenominator: false,
    });
  });

  it("keeps the team's languages, always with Swedish, and hands them to its phones", async () => {
    const bad = await patch(admin, { languages: ['en', 'fi'] });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.details.map((d: { path: string }) => d.path)).toContain('languages.1');
    const noSwedish = await (await patch(admin, { languages: ['en'] })).json();
    expect(noSwedish.error.details[0].path).toBe('languages');
    expect((await patch(admin, { languages: ['sv', 'sv', 'ar'] })).status).toBe(400);
    expect((await patch(admin, { languages: ['sv', 'ar', 'ti'] })).status).toBe(200);
    const phoneCopy = await (await server.request('/api/sync/team', { headers: phone })).json();
    expect(phoneCopy.team.languages).toEqual(['sv', 'ar', 'ti']);
    await patch(admin, { languages: DEFAULT_TEAM_SETTINGS.languages });
  });

  it("uses the team's N for the no-improvement alert in the participant list", async () => {
    const day = (d: number) => new Date(Date.UTC(2026, 1, d, 10));
    const facts = [1, 2, 3].map((d) =>
      orsFact({ values: { individual: 5, interpersonal: 5, social: 5, overall: 5 } }, day(d)),
    );
    await server.request('/api/sync/push', {
      method: 'POST',
      headers: phone,
      json: { protocol: 1, facts },
    });
    const alertIds = async () => {
      const { participants } = await (
        await server.request('/api/participants', { headers: coach.headers })
      ).json();
      const row = participants.find((p: { id: string }) => p.id === participantId);
      return row.summary.alerts.map((a: { id: string }) => a.id);
    };
    expect(await alertIds()).not.toContain('noImprovement');
    await patch(admin, { noImprovementSessions: 3 });
    expect(await alertIds()).toContain('noImprovement');
  });

  it('records the licence basis, validated', async () => {
    const put = (json: unknown) =>
      server.request('/api/team/licence', { method: 'PUT', headers: admin.headers, json });
    expect(
      (await put({ holder: 'Samverkansteam X', kind: 'group', date: '2026-13-01' })).status,
    ).toBe(400);
    const licence = { holder: 'Samverkansteam X', kind: 'group', date: '2026-09-01' };
    expect((await put(licence)).status).toBe(200);
    const body = await (await server.request('/api/team', { headers: coach.headers })).json();
    expect(body.licence).toEqual(licence);
    // Settings written before are kept when the licence is written.
    expect(body.settings.gsrsThreshold).toBe(32);
  });

  const upload = (staff: Staff, language: string, body: string) =>
    server.request(`/api/team/wordings/${language}`, {
      method: 'PUT',
      headers: { ...staff.headers, 'content-type': 'application/json' },
      body,
    });

  it('refuses a bad wording file with what is wrong, and stores a good one', async () => {
    const good = sampleWording('sv', 'Teamets licens 2026');
    expect((await upload(coach, 'sv', JSON.stringify(good))).status).toBe(403);
    expect((await upload(admin, 'sv', '{not json')).status).toBe(400);
    const notFormat = await upload(admin, 'sv', JSON.stringify({ ...good, format: 'x' }));
    expect((await notFormat.json()).error.details[0].path).toBe('format');
    const { overall: _, ...three } = good.instruments.ors!.items;
    const missing = await upload(
      admin,
      'sv',
      JSON.stringify({ ...good, instruments: { ors: { ...good.instruments.ors, items: three } } }),
    );
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.details).toEqual([
      { path: 'instruments.ors.items.overall', message: 'missing' },
    ]);
    expect((await upload(admin, 'en', JSON.stringify(good))).status).toBe(400);
    expect((await upload(admin, 'fi', JSON.stringify(good))).status).toBe(404);
    expect((await upload(admin, 'sv', JSON.stringify(good))).status).toBe(200);
    const body = await (await server.request('/api/team', { headers: coach.headers })).json();
    expect(body.wordings).toEqual([good]);
  });

  it("sends the wording to the team's phones only, with a tag for unchanged copies", async () => {
    const first = await server.request('/api/sync/team', { headers: phone });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const body = await first.json();
    expect(body.wordings.map((w: { name: string }) => w.name)).toEqual(['Teamets licens 2026']);
    expect(body.licence.holder).toBe('Samverkansteam X');
    const again = await server.request('/api/sync/team', {
      headers: { ...phone, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const other = await (await server.request('/api/sync/team', { headers: otherPhone })).json();
    // The other team's phone gets its own team's details, for its privacy notice.
    expect(other).toEqual({
      wordings: [],
      licence: null,
      team: {
        name: expect.any(String),
        contact: '',
        retentionMonths: 24,
        // Every language by default: a team narrows it on its settings page.
        languages: ['sv', 'sv-x-lattlast', 'en', 'ar', 'prs', 'so', 'ti'],
      },
      // No questionnaire packs loaded.
      questionnaires: [],
    });
    expect(body.team.name).not.toBe(other.team.name);
    expect((await server.request('/api/sync/team', { headers: coach.headers })).status).toBe(401);
  });

  it('goes back to the neutral wording when the admin removes it', async () => {
    const res = await server.request('/api/team/wordings/sv', {
      method: 'DELETE',
      headers: admin.headers,
    });
    expect(res.status).toBe(204);
    const body = await (await server.request('/api/sync/team', { headers: phone })).json();
    expect(body.wordings).toEqual([]);
  });
});
