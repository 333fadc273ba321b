import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORT_EXPERIENCE_PACK } from '../../src/shared/packs/supportExperience';
import { createOrganisation, createUser } from '../../src/server/teams/accounts';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  enrolDevice,
  PASSWORD,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

const NOW = new Date('2026-11-20T09:00:00Z');
const licence = { holder: 'Samordningsförbundet Test', kind: 'organisation', date: '2026-01-01' };
const answers = (packId: string, moment: string, given: Record<string, number>) => ({
  type: 'questionnaire',
  id: randomUUID(),
  at: NOW.toISOString(),
  packId,
  moment,
  answers: given,
});
/** A förbund's own pack, as it would load the indicators it holds an agreement for. */
const orgPack = {
  ...SUPPORT_EXPERIENCE_PACK,
  id: 'forbundets-indikatorer',
  title: { sv: 'Förbundets frågor' },
  moments: ['followup'],
};

describe.each(DATABASES)('questionnaire packs on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  let coach: Staff;
  let org: Staff;
  let phone: { auth: Record<string, string> };
  let participant: string;

  const put = (who: Staff, path: string, body: unknown) =>
    server.request(path, { method: 'PUT', headers: who.headers, json: body });
  const push = (facts: unknown[]) =>
    server.request('/api/sync/push', {
      method: 'POST',
      headers: phone.auth,
      json: { protocol: 1, facts },
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    server.clock.now = new Date('2026-11-20T10:00:00Z');
    const team = await addTeam(server, 'Köping');
    const orgId = await createOrganisation(server.store, 'Förbundet', [team]);
    await createUser(server.store, orgId, {
      email: 'forbund@example.org',
      role: 'organisation',
      password: PASSWORD,
    });
    await addStaff(server, team, 'admin@k.example', 'admin');
    await addStaff(server, team, 'coach@k.example');
    admin = await signIn(server, 'admin@k.example');
    coach = await signIn(server, 'coach@k.example');
    org = await signIn(server, 'forbund@example.org');
    participant = await addParticipant(server, coach, 'Q-1');
    phone = await enrolDevice(server, coach, participant);
  });
  afterAll(() => server?.close());

  it('loads a pack with its licence basis for the team, and refuses a bad file, naming where', async () => {
    const bad = await put(admin, '/api/team/questionnaires', {
      pack: { ...SUPPORT_EXPERIENCE_PACK, moments: ['weekly'] },
      licence,
    });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.details.map((d: { path: string }) => d.path)).toContain('pack.moments.0');
    expect(
      (await put(coach, '/api/team/questionnaires', { pack: SUPPORT_EXPERIENCE_PACK, licence }))
        .status,
    ).toBe(403);
    const ok = await put(admin, '/api/team/questionnaires', {
      pack: SUPPORT_EXPERIENCE_PACK,
      licence,
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).packs[0]).toMatchObject({ loadedBy: 'team', licence });
  });

  it('lets the organisation load one for all its teams; phones get both', async () => {
    expect(
      (await put(org, '/api/organisation/questionnaires', { pack: orgPack, licence })).status,
    ).toBe(200);
    const team = await (await server.request('/api/sync/team', { headers: phone.auth })).json();
    expect(team.questionnaires.map((p: { id: string }) => p.id).sort()).toEqual([
      'forbundets-indikatorer',
      'hur-upplever-du-stodet',
    ]);
    const list = await (
      await server.request('/api/team/questionnaires', { headers: coach.headers })
    ).json();
    expect(
      list.packs.find((p: { pack: { id: string } }) => p.pack.id === orgPack.id).loadedBy,
    ).toBe('organisation');
  });

  it('takes answers that fit the pack and the moment, and reports them per question to the team only', async () => {
    const id = SUPPORT_EXPERIENCE_PACK.id;
    const { results } = await (
      await push([
        answers(id, 'ongoing', { listened: 4, closer: 1 }),
        answers(id, 'ongoing', { listened: 4, 'own-goals': 2 }),
        answers(id, 'ongoing', { listened: 7 }),
        answers(id, 'followup', { listened: 4 }),
        answers('no-such-pack', 'ongoing', { listened: 4 }),
        answers(id, 'ongoing', { nosuch: 1 }),
      ])
    ).json();
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'accepted',
      'accepted',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    const report = await (
      await server.request('/api/reports/team?from=2026-07-01&to=2026-12-31', {
        headers: coach.headers,
      })
    ).json();
    const table = report.questionnaires.find((q: { packId: string }) => q.packId === id);
    expect(table.answers).toBe(2);
    const listened = table.questions.find((q: { id: string }) => q.id === 'listened');
    expect(listened.n).toBe(2);
    expect(listened.options.find((o: { value: number }) => o.value === 4).count).toBe(2);
    const steering = await (
      await server.request('/api/reports/team?from=2026-07-01&to=2026-12-31&audience=steering', {
        headers: coach.headers,
      })
    ).json();
    expect(steering).not.toHaveProperty('questionnaires');
  });

  it('keeps an answered pack’s questions, and stops asking a retired one', async () => {
    const changed = structuredClone(SUPPORT_EXPERIENCE_PACK);
    changed.questions[0]!.options.pop();
    expect((await put(admin, '/api/team/questionnaires', { pack: changed, licence })).status).toBe(
      409,
    );
    const retired = await server.request(`/api/team/questionnaires/${SUPPORT_EXPERIENCE_PACK.id}`, {
      method: 'DELETE',
      headers: admin.headers,
    });
    expect(retired.status).toBe(200);
    const team = await (await server.request('/api/sync/team', { headers: phone.auth })).json();
    expect(team.questionnaires.map((p: { id: string }) => p.id)).toEqual([
      'forbundets-indikatorer',
    ]);
    const late = await (
      await push([answers(SUPPORT_EXPERIENCE_PACK.id, 'ongoing', { listened: 4 })])
    ).json();
    expect(late.results[0].status).toBe('rejected');
  });
});
