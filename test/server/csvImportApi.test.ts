import { CSV_COLUMNS } from '../../src/server/csv/ratingsCsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvProblemText, type CsvProblemCode } from '../../src/shared/csvProblems';
import {
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

const HEADER = CSV_COLUMNS.join(',');
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe.each(DATABASES)('the import screen’s API on %s', (kind) => {
  let server: TestServer;
  let admin: Staff;
  let coach: Staff;
  const post = (staff: Staff, step: 'check' | 'run', json: unknown) =>
    server.request(`/api/team/import/${step}`, { method: 'POST', headers: staff.headers, json });

  beforeAll(async () => {
    server = await startTestServer(kind);
    const team = await addTeam(server, 'X');
    await addStaff(server, team, 'admin@x.example', 'admin');
    await addStaff(server, team, 'coach@x.example');
    admin = await signIn(server, 'admin@x.example');
    coach = await signIn(server, 'coach@x.example');
  });
  afterAll(() => server?.close());

  it('lists every problem with its code and values, and stores nothing', async () => {
    const res = await post(admin, 'check', {
      csv: csv(
        'I-1,woman,2020,2025-01-10,,,ors,2030-01-10,4,4,4,4,',
        'I-2,woman,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,17',
      ),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.ok).toBe(false);
    expect(body.problems.map((p: { code: string }) => p.code)).toEqual([
      'age_out_of_range',
      'future_date',
      'total_mismatch',
    ]);
    const [age] = body.problems as { code: CsvProblemCode; vars: Record<string, string> }[];
    expect(csvProblemText(age!, 'sv')).toBe(
      'Född 2020 ger 5 år vid inskrivningen; Stegvis gäller 13–67 år',
    );
    const { participants } = await (
      await server.request('/api/participants', { headers: admin.headers })
    ).json();
    expect(participants).toEqual([]);
  });

  it('previews a good file with its warnings, then imports it once asked', async () => {
    const file = csv(
      'I-3,man,1980,2025-01-10,,,ors,2025-01-03,4,4,4,4,',
      'I-3,man,1980,2025-01-10,,,ors,2025-01-17,5,5,5,5,',
    );
    const preview = await (await post(admin, 'check', { csv: file })).json();
    expect(preview).toMatchObject({
      ok: true,
      summary: { participantsCreated: 1, ratingsAdded: 2 },
      warnings: [{ line: 2, column: 'administered_on', code: 'before_intake' }],
    });
    const run = await post(admin, 'run', { csv: file });
    expect(run.status).toBe(200);
    expect((await run.json()).summary.ratingsAdded).toBe(2);
    const again = await (await post(admin, 'run', { csv: file })).json();
    expect(again.summary).toMatchObject({ ratingsAdded: 0, ratingsAlreadyPresent: 2 });
  });

  it('refuses a wrong file on run with the problems as details, and a coach altogether', async () => {
    const bad = await post(admin, 'run', {
      csv: csv('I-4,woman,1985,2025-01-10,,,ors,x,4,4,4,4,'),
    });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details[0]).toMatchObject({ line: 2, column: 'administered_on' });
    expect((await post(coach, 'check', { csv: csv() })).status).toBe(403);
    expect((await post(admin, 'check', { csv: '' })).status).toBe(400);
    expect((await post(admin, 'check', { file: 'x' })).status).toBe(400);
  });
});
