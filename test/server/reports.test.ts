import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamReport } from '../../src/domain/report/cohort';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { loadCohort, localDay, reportForTeam } from '../../src/server/reports/cohort';
import { settingsOf } from '../../src/server/teams/settings';
import { hallstahammarCsv, HALLSTAHAMMAR_GOALS } from '../builders/hallstahammar';
import {
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

describe.each(DATABASES)('the team report over HTTP on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  let otherCoach: Staff;
  let teamId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const team = await addTeam(server, 'Hallstahammar');
    teamId = team;
    const other = await addTeam(server, 'Other');
    await addStaff(server, team, 'lead@hh.example', 'admin');
    await addStaff(server, other, 'coach@other.example');
    admin = await signIn(server, 'lead@hh.example');
    otherCoach = await signIn(server, 'coach@other.example');
    await importRatingsCsv(server.store, team, hallstahammarCsv());
    await server.request('/api/team/settings', {
      method: 'PATCH',
      headers: admin.headers,
      json: { goalExitReasons: HALLSTAHAMMAR_GOALS },
    });
  });
  afterAll(() => server?.close());

  const get = (staff: Staff, query: string) =>
    server.request(`/api/reports/team?${query}`, { headers: staff.headers });

  it('gives the JSON report with the fields the annual report needs', async () => {
    const res = await get(admin, 'from=2019-01-01&to=2019-12-31');
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.period).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(r.exits.total).toBe(15);
    expect(r.exits.byReason).toMatchObject({ work: 3, job_seeking: 4, vocational_rehab: 4 });
    expect(r.goal).toMatchObject({ reached: 11, denominator: 15 });
    expect(r.goal.percent).toBeCloseTo(73.333, 3);
    expect(r.ors.n).toBe(10);
    expect(r.ors.intakeMean).toBeCloseTo(16.9, 10);
    expect(r.ors.exitMean).toBeCloseTo(28, 10);
    expect(Math.round(r.ors.changePercent)).toBe(66);
    for (const path of [
      'throughput.meanMonths',
      'throughput.goalReachedMeanMonths',
      'ors.changeMean',
      'ors.effectSize',
      'ors.reliablyImproved.percent',
      'ors.reliablyDeteriorated.percent',
      'ors.clinicallySignificant.percent',
    ])
      expect(path.split('.').reduce((o, k) => o[k], r)).toEqual(expect.any(Number));
  });

  it('filters, and another team sees none of it', async () => {
    const men = await (await get(admin, 'from=2019-01-01&to=2019-12-31&gender=man')).json();
    expect(men.exits.total).toBe(7);
    const other = await (await get(otherCoach, 'from=2019-01-01&to=2019-12-31')).json();
    expect(other.exits.total).toBe(0);
    expect(other.ors.n).toBe(0);
  });

  it('exports CSV for Swedish Excel: BOM, semicolons, decimal commas, read back equal', async () => {
    const res = await get(admin, 'from=2019-01-01&to=2019-12-31&format=csv&separator=semicolon');
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('stegvis-rapport-team-2019-01-01');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), {
      bom: true,
      delimiter: ';',
    }) as string[][];
    const value = new Map(rows.map(([k, , v]) => [k!, v]));
    const label = new Map(rows.map(([k, l]) => [k!, l]));
    expect(rows[0]).toEqual(['mått', 'beskrivning', 'värde']);
    expect(label.get('ors.intakeMean')).toBe('ORS › medel vid inskrivning');
    expect(label.get('exits.byReason.work')).toBe('Avslut › per orsak, antal › arbete');
    expect(value.get('goal.percent')).toBe('73,3');
    expect(value.get('ors.intakeMean')).toBe('16,9');
    expect(value.get('ors.exitMean')).toBe('28');
    expect(value.get('exits.byReason.work')).toBe('3');
    // Two decimals, as on screen: never 1,6 in the file beside 1,60 on the page.
    expect(value.get('ors.effectSize')).toMatch(/^\d+,\d{2}$/);
    expect([...value.keys()].some((k) => k.startsWith('ors.pairs'))).toBe(false);
  });

  it('gives the steering group only protected figures, with the rule, for a reporting year', async () => {
    const res = await get(admin, 'from=2019-01-01&to=2019-12-31&audience=steering');
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.audience).toBe('steering');
    expect(r.disclosure.marks['<5']).toMatch(/1–4/);
    expect(r.exits.total).toBe(15);
    expect(r.exits.byReason.work).toBe('<5'); // 3 in work
    expect(r.ors).not.toHaveProperty('pairs');
    expect(r.ors).not.toHaveProperty('intakeSd');
    expect(JSON.stringify(r)).not.toMatch(/HH-\d/);
    // "Annat": one person's ORS is never shown.
    expect(r.ors.byGender.other.intakeMean).not.toEqual(expect.any(Number));
  });

  it('sets the period before beside this one: as long for the team, its own protected report outside', async () => {
    const team = await (await get(admin, 'from=2019-01-01&to=2019-12-31')).json();
    expect(team.previous.period).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    // The 14 who started in April 2018; nobody exited that year.
    expect(team.previous.participants).toEqual({ total: 14, enrolled: 14 });
    expect(team.previous.exits.total).toBe(0);
    expect(team.previous.ors.n).toBe(0);
    const half = await (await get(admin, 'from=2019-01-01&to=2019-06-30')).json();
    expect(half.previous.period).toEqual({ from: '2018-07-01', to: '2018-12-31' });
    const odd = await (await get(admin, 'from=2019-03-10&to=2019-03-19')).json();
    expect(odd.previous.period).toEqual({ from: '2019-02-28', to: '2019-03-09' });

    const steering = await (
      await get(admin, 'from=2019-01-01&to=2019-12-31&audience=steering')
    ).json();
    const before = await (
      await get(admin, 'from=2018-01-01&to=2018-12-31&audience=steering')
    ).json();
    expect(steering.previous.period).toEqual(before.period);
    expect(steering.previous.participants).toEqual({
      total: before.participants.total,
      enrolled: before.participants.enrolled,
    });
    expect(steering.previous.goal).toEqual(before.goal);
    expect(steering.previous.ors.intakeMean).toEqual(before.ors.intakeMean);
  });

  it.each([
    ['from=2019-01-01&to=2019-12-30&audience=steering', 'from'],
    ['from=2019-03-01&to=2019-08-31&audience=steering', 'from'],
    ['from=2019-01-01&to=2019-12-31&audience=steering&gender=man', 'gender'],
    ['from=2019-01-01&to=2019-12-31&audience=organisation', 'audience'],
    ['from=2019-01-01&to=2019-12-31&audience=everyone', 'audience'],
  ])('refuses %s outside the team, naming %s', async (query, path) => {
    const res = await get(admin, query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('says in the CSV who it is for and what the marks mean', async () => {
    const res = await get(admin, 'from=2019-01-01&to=2019-12-31&audience=steering&format=csv');
    const rows = parse(await res.text(), { bom: true }) as string[][];
    const value = new Map(rows.map(([k, , v]) => [k!, v]));
    expect(value.get('audience')).toMatch(/styrgruppen/);
    expect(value.get('disclosure.<5')).toMatch(/1–4/);
    expect(value.get('disclosure...')).toMatch(/vilket tal som helst/);
    expect(value.get('exits.byReason.work')).toBe('<5');
    expect([...value.keys()].some((k) => k.startsWith('ors.pairs'))).toBe(false);
  });

  it("reads only the period's ratings, and gives the same report as reading them all", async () => {
    const period = { from: '2019-01-01', to: '2019-12-31' };
    const settings = await settingsOf(server.store, teamId);
    const everything = teamReport(await loadCohort(server.store, teamId), period, {}, settings);
    expect(await reportForTeam(server.store, teamId, period, {})).toEqual(everything);
  });

  it.each([
    ['from=2019-13-01&to=2019-12-31', 'from'],
    ['from=2019-06-01&to=2019-01-01', 'to'],
    ['from=2019-01-01', 'to'],
    ['from=2019-01-01&to=2019-12-31&gender=robot', 'gender'],
    ['from=2019-01-01&to=2019-12-31&format=pdf', 'format'],
    ['from=2019-01-01&to=2019-12-31&format=csv&lang=fi', 'lang'],
    ['from=2019-01-01&to=2019-12-31&secret=1', ''],
  ])('refuses %s, naming %s', async (query, path) => {
    const res = await get(admin, query);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('the day a rating counts on', () => {
  it.each([
    ['2026-06-30T21:59:00.000Z', '2026-06-30'],
    ['2026-06-30T22:30:00.000Z', '2026-07-01'],
    ['2026-01-31T22:30:00.000Z', '2026-01-31'],
    ['2026-01-31T23:30:00.000Z', '2026-02-01'],
    ['2026-03-01T02:59:00.000Z', '2026-03-01'],
    ['2026-03-01T12:00:00.000Z', '2026-03-01'],
  ])('%s is %s in Stockholm', (iso, day) => expect(localDay(iso)).toBe(day));
});
