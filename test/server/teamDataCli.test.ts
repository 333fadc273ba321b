import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runAdmin } from './serverProcess';
import { DATABASES, POSTGRES_URL } from './testServer';

/**
 * The team-data commands as an administrator runs them, each in a real process on a real
 * database: two installations, so a team can move from one to the other.
 */
describe.each(DATABASES)('team data from the command line on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-teamdata-'));
  const schemas: string[] = [];

  function installation() {
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      DATA_DIR: join(dir, randomUUID()),
      DATABASE_URL: '',
    };
    if (kind === 'postgres') {
      const schema = `td_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
      schemas.push(schema);
      env.DATABASE_URL = `${POSTGRES_URL}?options=-c%20search_path%3D${schema}`;
    }
    return (args: string[], input = '') => runAdmin(args, env, input);
  }
  afterAll(async () => {
    if (!schemas.length) return;
    const c = new pg.Client({ connectionString: POSTGRES_URL });
    await c.connect();
    for (const s of schemas) await c.query(`drop schema if exists ${s} cascade`);
    await c.end();
  });

  const HEADER =
    'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total,referrer,years_in_support';

  it('exports a team, imports it elsewhere, and sets a password there', async () => {
    if (kind === 'postgres') {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      // Two installations need their schemas before the commands run in them.
      const here = installation();
      const there = installation();
      for (const s of schemas) await c.query(`create schema if not exists ${s}`);
      await c.end();
      await moveTeam(here, there);
    } else await moveTeam(installation(), installation());
  }, 120_000);

  async function moveTeam(
    here: ReturnType<typeof installation>,
    there: ReturnType<typeof installation>,
  ) {
    const teamId = here(['create-team', '--name', 'Säter']).out;
    expect(
      here(
        ['create-user', '--team', teamId, '--email', 'lead@example.org', '--role', 'admin'],
        'tallkotte mjölkpaket\n',
      ).code,
    ).toBe(0);
    const csvFile = join(dir, `${randomUUID()}.csv`);
    writeFileSync(
      csvFile,
      `${HEADER}\nS-1,woman,1980,2025-01-10,2025-09-01,work,ors,2025-01-10,3,4,5,6,18,fk,"5,5"\nS-1,woman,1980,2025-01-10,2025-09-01,work,ors,2025-08-20,7,7,7,7,28,fk,"5,5"\n`,
    );
    expect(here(['import-csv', '--team', teamId, '--file', csvFile]).code).toBe(0);
    const archive = join(dir, `${randomUUID()}.zip`);
    const exported = here(['export-team', '--team', teamId, '--to', archive, '--json']);
    expect(exported.code, exported.err).toBe(0);
    expect(JSON.parse(exported.out)).toMatchObject({ participants: 1, facts: 2 });

    // The same installation has the team: refused, with the reason.
    const twice = here(['import-team', '--file', archive]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('has that team already');

    const imported = there(['import-team', '--file', archive]);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain('Imported Säter');
    const report = (run: ReturnType<typeof installation>) =>
      JSON.parse(
        run(['report', '--team', teamId, '--from', '2025-01-01', '--to', '2025-12-31', '--json'])
          .out,
      );
    expect(report(there)).toEqual(report(here));
    expect(there(['set-password', '--email', 'lead@example.org'], 'short\n').code).toBe(2);
    expect(
      there(['set-password', '--email', 'lead@example.org'], 'ny tallkotte i skogen\n').out,
    ).toBe('Password set for lead@example.org');
    const notZip = there(['import-team', '--file', csvFile]);
    expect(notZip.code).toBe(2);
    expect(notZip.err).toContain('not a zip archive');
  }

  it('writes an extract, shows the access log, lists who is due and erases on a decision', async () => {
    if (kind === 'postgres') {
      const run = installation();
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`create schema if not exists ${schemas.at(-1)}`);
      await c.end();
      await recordsWork(run);
    } else await recordsWork(installation());
  }, 120_000);

  async function recordsWork(run: ReturnType<typeof installation>) {
    const teamId = run(['create-team', '--name', 'Avesta']).out;
    const csvFile = join(dir, `${randomUUID()}.csv`);
    writeFileSync(
      csvFile,
      `${HEADER}\nOLD-1,man,1970,2022-01-10,2023-03-01,work,ors,2022-01-10,3,4,5,6,18,af,2\nNOW-1,woman,1990,2026-01-10,,,ors,2026-01-10,3,4,5,6,18,,\n`,
    );
    expect(run(['import-csv', '--team', teamId, '--file', csvFile]).code).toBe(0);
    const to = join(dir, `${randomUUID()}.json`);
    const extract = run(['participant-extract', '--team', teamId, '--code', 'OLD-1', '--to', to]);
    expect(extract.code, extract.err).toBe(0);
    const x = JSON.parse(readFileSync(to, 'utf8'));
    expect(x).toMatchObject({
      format: 'stegvis-participant-extract',
      participant: { code: 'OLD-1' },
    });
    expect(x.ratings).toHaveLength(1);
    const log = run(['access-log', '--team', teamId, '--participant', 'OLD-1', '--json']);
    expect(JSON.parse(log.out).entries).toEqual([
      expect.objectContaining({ by: 'cli', participant: 'OLD-1', action: 'extract' }),
    ]);
    expect(run(['access-log', '--team', teamId, '--csv']).out).toContain(
      'time;staff;participant_code;action',
    );
    expect(run(['access-log', '--team', teamId, '--from', 'last week']).code).toBe(2);
    const due = JSON.parse(run(['erasure-due', '--team', teamId, '--json']).out);
    expect(due.map((d: { code: string }) => d.code)).toEqual(['OLD-1']);
    const active = run([
      'erase-participant',
      '--team',
      teamId,
      '--code',
      'NOW-1',
      '--decision',
      'Dnr 7',
    ]);
    expect(active.code).toBe(2);
    expect(active.err).toContain('still active');
    expect(run(['erase-participant', '--team', teamId, '--code', 'OLD-1']).code).toBe(2);
    const erased = run([
      'erase-participant',
      '--team',
      teamId,
      '--code',
      'OLD-1',
      '--decision',
      'Dnr 7',
    ]);
    expect(erased.code, erased.err).toBe(0);
    expect(erased.out).toContain('Erased OLD-1 on decision Dnr 7');
    expect(JSON.parse(run(['erasure-due', '--team', teamId, '--json']).out)).toEqual([]);
  }
});
