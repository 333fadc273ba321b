import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { createOrganisation, createUser, WrongKindError } from '../../src/server/teams/accounts';
import { hallstahammarCsv } from '../builders/hallstahammar';
import {
  addStaff,
  addTeam,
  DATABASES,
  PASSWORD,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

const SMALL_TEAM = `participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total
K-1,woman,1990,2018-09-01,2019-04-01,work,ors,2018-09-01,,,,,15
K-2,man,1991,2018-09-01,2019-05-01,work,ors,2018-09-01,,,,,18
K-3,man,1992,2018-09-01,2019-06-01,studies,ors,2018-09-01,,,,,20
`;

describe.each(DATABASES)('the organisation view on %s', (kind) => {
  let server: TestServer;
  let org: Staff;
  let coach: Staff;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const big = await addTeam(server, 'Hallstahammar');
    const small = await addTeam(server, 'Köping');
    await importRatingsCsv(server.store, big, hallstahammarCsv());
    await importRatingsCsv(server.store, small, SMALL_TEAM);
    const orgId = await createOrganisation(server.store, 'Samordningsförbundet Västra Mälardalen', [
      big,
      small,
    ]);
    await createUser(server.store, orgId, {
      email: 'forbund@example.org',
      role: 'organisation',
      password: PASSWORD,
    });
    await addStaff(server, big, 'coach@hh.example');
    org = await signIn(server, 'forbund@example.org');
    coach = await signIn(server, 'coach@hh.example');
  });
  afterAll(() => server?.close());

  const report = (staff: Staff, query = 'from=2019-01-01&to=2019-12-31') =>
    server.request(`/api/organisation/report?${query}`, { headers: staff.headers });

  it('shows each team and the total, protected together, with honest marks', async () => {
    const res = await report(org);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.organisation.name).toBe('Samordningsförbundet Västra Mälardalen');
    expect(body.audience).toBe('organisation');
    expect(body.span).toBe('year');
    expect(body.teams.map((t: { name: string }) => t.name)).toEqual(['Hallstahammar', 'Köping']);
    expect(body.others).toBeNull(); // one small team: nobody to put it together with
    const [hh, kp] = body.teams.map((t: { report: unknown }) => t.report);
    expect(kp.exits.total).toMatch(/^(<5|\.\.)$/);
    expect(kp.exits.byReason.work).toMatch(/^(<5|\.\.)$/);
    expect(kp.ors.n).toBe(0); // one ORS each: nobody with a change to count
    // The big team keeps its figures; the total, which would give Köping's away, does not.
    expect(hh.exits.total).toBe(15);
    expect(hh.ors.n).toBe(10);
    expect(body.total.exits.total).toBe('..');
    expect(body.disclosure.marks['..']).toMatch(/any number/);
  });

  it('refuses a period that is not a reporting year or a half, and any selection', async () => {
    for (const query of [
      'from=2019-01-01&to=2019-12-30',
      'from=2019-01-01&to=2019-12-31&gender=woman',
      'from=2019-01-01&to=2019-12-31&groupId=00000000-0000-4000-8000-000000000000',
    ])
      expect((await report(org, query)).status).toBe(400);
    expect((await report(org, 'from=2019-07-01&to=2019-12-31')).status).toBe(200);
  });

  it('exports the comparison as CSV with the rule and a column per team', async () => {
    const res = await report(org, 'from=2019-01-01&to=2019-12-31&format=csv&separator=semicolon');
    const rows = parse(await res.text(), { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['mått', 'beskrivning', 'Hallstahammar', 'Köping', 'Alla team']);
    const row = new Map(rows.map((r) => [r[0]!, r.slice(2)]));
    expect(row.get('exits.total')).toEqual(['15', expect.stringMatching(/^(<5|\.\.)$/), '..']);
    expect(row.get('disclosure.<5')![0]).toMatch(/1–4/);
  });

  it('never carries a participant: no codes, no per-person ORS', async () => {
    const text = await (await report(org)).text();
    expect(text).not.toMatch(/HH-\d|K-\d|pairs/);
  });

  it('keeps the organisation out of the teams, and the teams out of it', async () => {
    for (const path of [
      '/api/participants',
      '/api/reports/team?from=2019-01-01&to=2019-12-31',
      '/api/groups',
    ])
      expect((await server.request(path, { headers: org.headers })).status).toBe(403);
    expect((await report(coach)).status).toBe(403);
    expect((await server.request('/api/auth/me', { headers: org.headers })).status).toBe(200);
    expect(
      (
        await report(
          org,
          'from=2019-01-01&to=2019-12-31&groupId=00000000-0000-4000-8000-000000000000',
        )
      ).status,
    ).toBe(400);
  });

  it("counts the total by the organisation's own goal definition and reporting year, set by the organisation", async () => {
    const patch = (staff: Staff, json: unknown) =>
      server.request('/api/organisation/settings', {
        method: 'PATCH',
        headers: staff.headers,
        json,
      });
    expect((await patch(coach, { goalExitReasons: ['work'] })).status).toBe(403);
    expect((await patch(org, { gsrsThreshold: 30 })).status).toBe(400);
    expect((await patch(org, { goalExitReasons: [] })).status).toBe(400);
    expect((await patch(org, { reportingYearStart: 3 })).status).toBe(400);
    expect((await patch(org, { goalExitReasons: ['work', 'job_seeking'] })).status).toBe(200);
    const after = (await (await report(org)).json()).total;
    expect(after.definitions.goalExitReasons).toEqual(['work', 'job_seeking']);
    // The teams keep their own definition.
    const hh = (await (await report(org)).json()).teams[0].report;
    expect(hh.definitions.goalExitReasons).not.toEqual(['work', 'job_seeking']);
    // July–June: now a calendar year is no reporting year, July–June is.
    expect((await patch(org, { reportingYearStart: 7 })).status).toBe(200);
    expect((await report(org)).status).toBe(400);
    expect((await report(org, 'from=2018-07-01&to=2019-06-30')).status).toBe(200);
    await patch(org, { reportingYearStart: 1 });
  });

  it('puts a team in one organisation only: its reports to each are protected as one', async () => {
    const [team] = (await (await report(org)).json()).teams;
    await expect(createOrganisation(server.store, 'Ett annat förbund', [team.id])).rejects.toThrow(
      /already belongs/,
    );
  });

  it('puts organisation accounts only on organisations', async () => {
    const team = await addTeam(server, 'Z');
    await expect(
      createUser(server.store, team, {
        email: 'o@z.example',
        role: 'organisation',
        password: PASSWORD,
      }),
    ).rejects.toBeInstanceOf(WrongKindError);
  });
});
