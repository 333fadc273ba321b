import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from './serverProcess';
import { DATABASES, POSTGRES_URL } from './testServer';

/** The admin command line as an administrator runs it: a real process on a real database. */
describe.each(DATABASES)('npm run admin on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-cli-'));
  const schema = `cli_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    DATA_DIR: join(dir, 'data'),
  };
  delete env.DATABASE_URL;
  if (kind === 'postgres')
    env.DATABASE_URL = `${POSTGRES_URL}?options=-c%20search_path%3D${schema}`;

  const admin = (args: string[], input = '') => runAdmin(args, env, input);

  beforeAll(async () => {
    if (kind !== 'postgres') return;
    const c = new pg.Client({ connectionString: POSTGRES_URL });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
  });
  afterAll(async () => {
    if (kind !== 'postgres') return;
    const c = new pg.Client({ connectionString: POSTGRES_URL });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  });

  let teamId = '';
  it('creates a team and prints its id', () => {
    const r = admin(['create-team', '--name', 'Säter']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[0-9a-f-]{36}$/);
    teamId = r.out;
  });

  it('creates a user with the password from standard input, and refuses a weak one or a taken e-mail', () => {
    expect(
      admin(
        ['create-user', '--team', teamId, '--email', 'lead@example.org', '--role', 'admin'],
        'a long enough secret\n',
      ),
    ).toMatchObject({ code: 0 });
    const weak = admin(
      ['create-user', '--team', teamId, '--email', 'b@example.org', '--role', 'coach'],
      'short\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('at least 12 characters');
    const again = admin(
      ['create-user', '--team', teamId, '--email', 'LEAD@example.org', '--role', 'coach', '--json'],
      'another long secret\n',
    );
    expect(again.code).toBe(1);
    expect(JSON.parse(again.err).error.message).toContain('cannot be used');
  });

  it('links an account to an e-ID identity once, and unlinks it', () => {
    const linked = admin([
      'link-identity',
      '--email',
      'lead@example.org',
      '--identity',
      'Lead@Kommun.example',
      '--json',
    ]);
    expect(linked.code, linked.err).toBe(0);
    // An e-mail claim compares without case.
    expect(JSON.parse(linked.out).identity).toBe('lead@kommun.example');
    admin(
      ['create-user', '--team', teamId, '--email', 'second@example.org', '--role', 'coach'],
      'tallkotte mjölkpaket\n',
    );
    const taken = admin([
      'link-identity',
      '--email',
      'second@example.org',
      '--identity',
      'lead@kommun.example',
    ]);
    expect(taken.code).toBe(2);
    expect(taken.err).toContain('linked to lead@example.org already');
    expect(admin(['link-identity', '--email', 'lead@example.org', '--identity', '']).out).toBe(
      'Unlinked lead@example.org',
    );
  });

  it('imports a CSV, reports it as JSON, and names line and column on a bad file', () => {
    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      '\uFEFFparticipant_code;gender;birth_year;intake_date;exit_date;exit_reason;instrument;administered_on;item1;item2;item3;item4;total\nS-1;woman;1985;2025-01-10;;;ors;2025-01-10;4,2;3,1;5;4;16,3\n',
    );
    // A dry run checks it all and stores nothing.
    const dry = admin(['import-csv', '--team', teamId, '--file', good, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Checked (nothing stored)');
    expect(dry.out).toContain('1 ratings added');
    const r = admin(['import-csv', '--team', teamId, '--file', good, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      participantsCreated: 1,
      participantsUpdated: 0,
      ratingsAdded: 1,
      ratingsAlreadyPresent: 0,
      warnings: [],
    });
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total\nS-2,woman,1985,2025-01-10,,,ors,2025-01-10,4,4,4,44,\n',
    );
    const failed = admin(['import-csv', '--team', teamId, '--file', bad]);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('line 2, column item4');
  });

  it('prints the team report as JSON and as text, and names a wrong date', () => {
    const r = admin([
      'report',
      '--team',
      teamId,
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(report.participants.enrolled).toBe(1);
    expect(report.exits.total).toBe(0);
    const text = admin(['report', '--team', teamId, '--from', '2025-01-01', '--to', '2025-12-31']);
    expect(text.out).toContain('Participants: 1');
    const bad = admin(['report', '--team', teamId, '--from', '2025-02-30', '--to', '2025-12-31']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('from');
  });

  it('prints the report for the steering group with its small counts hidden', () => {
    const base = ['report', '--team', teamId, '--audience', 'steering'];
    const r = admin([...base, '--from', '2025-01-01', '--to', '2025-12-31', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.audience).toBe('steering');
    expect(report.participants.total).toBe('<5');
    // Its parts show '..': a "<5" beside a 0 would say which part the one person is in.
    expect(report.participants.enrolled).toBe('..');
    const text = admin([...base, '--from', '2025-01-01', '--to', '2025-12-31']);
    expect(text.out).toContain('for the steering');
    expect(text.out).toContain('Participants: <5');
    const odd = admin([...base, '--from', '2025-02-01', '--to', '2025-12-31']);
    expect(odd.code).toBe(2);
    expect(odd.err).toContain('reporting year');
  });

  it('explains usage errors and unknown teams', () => {
    expect(admin(['fly']).code).toBe(2);
    expect(admin(['create-team']).err).toContain('Missing --name');
    expect(admin(['import-csv', '--team', randomUUID(), '--file', 'x.csv']).err).toContain(
      'No team with id',
    );
  });

  if (kind === 'sqlite')
    it('writes an online backup that opens and passes an integrity check', () => {
      const to = join(dir, 'backup.sqlite');
      expect(admin(['backup', '--to', to]).code).toBe(0);
      const copy = new Database(to, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('select count(*) as n from facts').get() as { n: number }).n).toBe(1);
      copy.close();
    });
});
