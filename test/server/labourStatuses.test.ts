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

describe.each(DATABASES)('steps toward work on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let outsider: Staff;
  const ids: string[] = [];

  const put = (id: string, body: unknown, who = coach) =>
    server.request(`/api/participants/${id}/statuses`, {
      method: 'PUT',
      headers: who.headers,
      json: body,
    });
  const record = (moment: string, months: number, status: string, recordedOn: string) => ({
    moment,
    months,
    status,
    income: status === 'work' ? 'salary' : 'activity_support',
    recordedOn,
  });
  const exit = (id: string) =>
    server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: coach.headers,
      json: { exitDate: '2026-03-31', exitReason: 'work' },
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    server.clock.now = new Date('2026-11-20T10:00:00Z');
    const x = await addTeam(server, 'X');
    const y = await addTeam(server, 'Y');
    await addStaff(server, x, 'coach@x.example');
    await addStaff(server, y, 'coach@y.example');
    coach = await signIn(server, 'coach@x.example');
    outsider = await signIn(server, 'coach@y.example');
    for (let i = 1; i <= 6; i++) ids.push(await addParticipant(server, coach, `S-${i}`));
  });
  afterAll(() => server?.close());

  it('records the status at intake, corrects it, and keeps both in the history', async () => {
    const id = ids[0]!;
    expect((await put(id, record('intake', 0, 'sick_leave', '2026-01-15'))).status).toBe(200);
    const res = await put(id, record('intake', 0, 'job_seeking', '2026-01-15'));
    const { statuses } = await res.json();
    expect(statuses).toEqual([
      { ...record('intake', 0, 'job_seeking', '2026-01-15'), recordedBy: 'coach' },
    ]);
    const { history } = await (
      await server.request(`/api/participants/${id}/history`, { headers: coach.headers })
    ).json();
    expect(history.map((h: { changes: object }) => h.changes)).toContainEqual({
      'status.intake': ['sick_leave/activity_support', 'job_seeking/activity_support'],
    });
  });

  it.each([
    ['an unknown status', record('intake', 0, 'astronaut', '2026-01-15'), 'status'],
    ['a future day', record('intake', 0, 'work', '2026-12-24'), 'recordedOn'],
    ['a day before intake', record('intake', 0, 'work', '2025-12-24'), 'recordedOn'],
    ['an exit status before exit', record('exit', 0, 'work', '2026-03-31'), 'moment'],
    ['a follow-up month nobody uses', record('followup', 5, 'work', '2026-09-30'), 'months'],
  ])('refuses %s with a 400 that names the field', async (_, body, path) => {
    const res = await put(ids[1]!, body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error.code).toBe('validation_failed');
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses a follow-up the team does not make, and another team’s coach sees nothing', async () => {
    const id = ids[1]!;
    await exit(id);
    expect((await put(id, record('followup', 24, 'work', '2026-11-01'))).status).toBe(400);
    expect((await put(id, record('followup', 6, 'work', '2026-10-01'), outsider)).status).toBe(404);
    const get = await server.request(`/api/participants/${id}/statuses`, {
      headers: outsider.headers,
    });
    expect(get.status).toBe(404);
  });

  it('gives the report its steps and follow-ups, for the team and (protected) the steering group', async () => {
    // Six exits with intake and exit statuses: five moved up, one did not.
    for (const [i, id] of ids.entries()) {
      await exit(id);
      await put(id, record('intake', 0, i === 5 ? 'work' : 'sick_leave', '2026-01-15'));
      await put(id, record('exit', 0, i === 5 ? 'work' : 'job_seeking', '2026-03-31'));
      await put(id, record('followup', 6, i < 4 ? 'work' : 'job_seeking', '2026-10-01'));
    }
    const get = async (q: string) =>
      (await server.request(`/api/reports/team?${q}`, { headers: coach.headers })).json();
    const team = await get('from=2026-01-01&to=2026-06-30');
    expect(team.steps.n).toBe(6);
    expect(team.steps.movedUp.count).toBe(5);
    expect(team.steps.movedUp.percent).toBeCloseTo(83.33, 2);
    expect(team.steps.matrix.sick_leave.job_seeking).toBe(5);
    expect(team.followUp['6'].n).toBe(6);
    expect(team.followUp['6'].inWorkOrStudies.percent).toBeCloseTo(66.67, 2);
    expect(team.followUp['12'].n).toBe(0);
    const steering = await get('from=2026-01-01&to=2026-06-30&audience=steering');
    expect(steering.steps.n).toBe(6);
    // 5 of 6 would say that one did not move: the share hides.
    expect(steering.steps.movedUp.count).not.toBe(5);
    expect(steering.steps).not.toHaveProperty('matrix');
    expect(steering.followUp['6'].n).toBe(6);
    expect(steering.followUp['6']).not.toHaveProperty('matrix');
    // For the whole year the matrices go out too, protected like every count.
    const year = await get('from=2026-01-01&to=2026-12-31&audience=steering');
    expect(typeof year.steps.matrix.work.work).toBe('string');
    expect(typeof year.steps.matrix.sick_leave.job_seeking).toBe('string');
    expect(year.steps.matrix.studies.studies).toBe(0);
  });
});
