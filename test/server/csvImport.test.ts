import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvImportError, importRatingsCsv } from '../../src/server/csv/importRatings';
import { parseRatingsCsv } from '../../src/server/csv/ratingsCsv';
import { csvProblemText } from '../../src/shared/csvProblems';
import { addTeam, DATABASES, startTestServer, type TestServer } from './testServer';

const HEADER =
  'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const TEAM = '11111111-1111-4111-8111-111111111111';

function problems(text: string) {
  const result = parseRatingsCsv(text, TEAM);
  return (result.problems ?? []).map((p) => `${p.line}:${p.column ?? '-'}`);
}

describe('parsing a ratings CSV', () => {
  it('reads a comma file with items', () => {
    const result = parseRatingsCsv(
      csv('P1,woman,1985,2025-01-10,,,ors,2025-01-10,4.2,3.1,5,4,16.3'),
      TEAM,
    );
    expect('plan' in result && result.plan.ratings[0]!.fact).toMatchObject({
      instrument: 'ors',
      values: { individual: 4.2, interpersonal: 3.1, social: 5, overall: 4 },
      provenance: 'staff_paper',
      administeredAt: '2025-01-10T12:00:00.000Z',
    });
  });

  it('reads a semicolon file with a BOM, CRLF and decimal commas, as Swedish Excel saves it', () => {
    const text =
      '\uFEFF' +
      HEADER.replaceAll(',', ';') +
      '\r\n' +
      'P1;man;1970;2025-01-10;2025-09-30;studies;ors;2025-01-10;4,2;3,1;5;4;16,3\r\n';
    const result = parseRatingsCsv(text, TEAM);
    expect('plan' in result && result.plan.participants.get('P1')).toMatchObject({
      exitDate: '2025-09-30',
      exitReason: 'studies',
    });
    expect('plan' in result && result.plan.ratings[0]!.fact.values.individual).toBe(4.2);
  });

  it('takes totals alone, copied from paper', () => {
    const result = parseRatingsCsv(csv('P1,woman,1985,2025-01-10,,,ors,2025-01-10,,,,,16.9'), TEAM);
    expect('plan' in result && result.plan.ratings[0]!.fact).toMatchObject({
      values: {},
      total: 16.9,
      provenance: 'import_total',
    });
  });

  it('gives the same ids for the same rows', () => {
    const text = csv('P1,woman,1985,2025-01-10,,,ors,2025-01-10,,,,,16.9');
    const a = parseRatingsCsv(text, TEAM);
    const b = parseRatingsCsv(text, TEAM);
    expect(
      'plan' in a && 'plan' in b && a.plan.ratings[0]!.fact.id === b.plan.ratings[0]!.fact.id,
    ).toBe(true);
  });

  it.each([
    ['an unknown gender', 'P1,female,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,', ['2:gender']],
    ['an impossible date', 'P1,woman,1985,2025-02-30,,,ors,2025-01-10,4,4,4,4,', ['2:intake_date']],
    [
      'an unknown instrument',
      'P1,woman,1985,2025-01-10,,,phq9,2025-01-10,4,4,4,4,',
      ['2:instrument'],
    ],
    ['an item over 10', 'P1,woman,1985,2025-01-10,,,ors,2025-01-10,11,4,4,4,', ['2:item1']],
    ['a word for a number', 'P1,woman,1985,2025-01-10,,,ors,2025-01-10,four,4,4,4,', ['2:item1']],
    ['a missing item', 'P1,woman,1985,2025-01-10,,,ors,2025-01-10,4,,4,4,', ['2:item2']],
    [
      'a total that does not add up',
      'P1,woman,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,17',
      ['2:total'],
    ],
    ['neither items nor total', 'P1,woman,1985,2025-01-10,,,ors,2025-01-10,,,,,', ['2:total']],
    [
      'an exit date without a reason',
      'P1,woman,1985,2025-01-10,2025-06-01,,ors,2025-01-10,4,4,4,4,',
      ['2:exit_reason'],
    ],
    [
      'an unknown exit reason',
      'P1,woman,1985,2025-01-10,2025-06-01,retired,ors,2025-01-10,4,4,4,4,',
      ['2:exit_reason'],
    ],
    [
      'a birth year that is not one',
      'P1,woman,85,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
      ['2:birth_year'],
    ],
    [
      'a scale with four items',
      'P1,woman,1985,2025-01-10,,,scale,2025-01-10,4,4,4,4,',
      ['2:item2'],
    ],
    [
      'a name-like code',
      'Anna Svensson,woman,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
      ['2:participant_code'],
    ],
    ['too few columns', 'P1,woman,1985', ['2:-']],
    [
      'a rating dated 2030',
      'P1,woman,1985,2025-01-10,,,ors,2030-01-10,4,4,4,4,',
      ['2:administered_on'],
    ],
    [
      'an intake that has not come',
      'P1,woman,1985,2099-01-10,,,ors,2025-01-10,4,4,4,4,',
      ['2:intake_date'],
    ],
    [
      'a birth year making 1 at intake',
      'P1,woman,2024,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
      ['2:birth_year'],
    ],
    [
      'a birth year making 80 at intake',
      'P1,woman,1945,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
      ['2:birth_year'],
    ],
  ])('names line and column for %s', (_, row, expected) => {
    expect(problems(csv(row))).toEqual(expected);
  });

  it('takes a rating before intake, with a warning for the preview', () => {
    const result = parseRatingsCsv(
      csv('P1,woman,1985,2025-01-10,,,ors,2024-12-20,4,4,4,4,'),
      TEAM,
      '2026-12-03',
    );
    expect(result.problems).toBeUndefined();
    expect(result.plan.warnings).toEqual([
      expect.objectContaining({ line: 2, column: 'administered_on', code: 'before_intake' }),
    ]);
    expect(result.plan.ratings).toHaveLength(1);
  });

  it('says every problem at once, in Swedish or English', () => {
    const result = parseRatingsCsv(
      csv(
        'P1,woman,2024,2025-01-10,,,ors,2030-01-10,4,4,4,4,',
        'P2,kvinna,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
      ),
      TEAM,
      '2026-12-03',
    );
    expect(result.problems!.map((p) => `${p.line}:${p.column}`)).toEqual([
      '2:birth_year',
      '2:administered_on',
      '3:gender',
    ]);
    expect(csvProblemText(result.problems![1]!, 'sv')).toBe(
      'Datumet 2030-01-10 har inte kommit än',
    );
    expect(result.problems![1]!.message).toBe('The date 2030-01-10 has not come yet');
  });

  it('finds a participant who disagrees with an earlier line', () => {
    expect(
      problems(
        csv(
          'P1,woman,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
          'P1,woman,1986,2025-01-10,,,ors,2025-02-10,4,4,4,4,',
        ),
      ),
    ).toEqual(['3:birth_year']);
  });

  it('refuses a header with missing or unknown columns, and an empty file', () => {
    expect(problems('participant_code,gender\nP1,woman\n')).toEqual(['1:-']);
    expect(problems(HEADER + ',shoe_size\n')).toEqual(['1:-']);
    expect(problems(HEADER + '\n')).toEqual(['1:-']);
  });
});

describe.each(DATABASES)('importing a ratings CSV on %s', (kind) => {
  let server: TestServer;
  let teamId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    teamId = await addTeam(server, 'Hallstahammar');
  });
  afterAll(() => server?.close());

  const count = async (table: 'facts' | 'participants') =>
    Number(
      (
        await server.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores participants and ratings, and adds nothing the second time', async () => {
    const text = csv(
      'H-01,woman,1980,2019-01-10,2019-11-20,work,ors,2019-01-10,,,,,16.9',
      'H-01,woman,1980,2019-01-10,2019-11-20,work,ors,2019-11-15,7,7,7,7,28',
      'H-02,man,1975,2019-02-01,,,srs,2019-02-01,9.5,9,9.1,9.9,37.5',
    );
    expect(await importRatingsCsv(server.store, teamId, text)).toEqual({
      participantsCreated: 2,
      participantsUpdated: 0,
      ratingsAdded: 3,
      ratingsAlreadyPresent: 0,
      warnings: [],
    });
    expect(await importRatingsCsv(server.store, teamId, text)).toEqual({
      participantsCreated: 0,
      participantsUpdated: 0,
      ratingsAdded: 0,
      ratingsAlreadyPresent: 3,
      warnings: [],
    });
    const totals = await server.store.db
      .selectFrom('facts')
      .select(['total', 'provenance'])
      .orderBy('occurred_at')
      .execute();
    expect(totals).toEqual([
      { total: 16.9, provenance: 'import_total' },
      { total: 37.5, provenance: 'staff_paper' },
      { total: 28, provenance: 'staff_paper' },
    ]);
  });

  it('imports nothing at all when any line is wrong', async () => {
    const before = [await count('participants'), await count('facts')];
    const text = csv(
      'H-10,woman,1980,2019-01-10,,,ors,2019-01-10,,,,,20',
      'H-11,man,1981,2019-01-10,,,ors,2019-01-10,,,,,99',
    );
    await expect(importRatingsCsv(server.store, teamId, text)).rejects.toBeInstanceOf(
      CsvImportError,
    );
    expect([await count('participants'), await count('facts')]).toEqual(before);
  });

  it('refuses a file that contradicts a participant already stored, and stores none of it', async () => {
    const before = await count('facts');
    const text = csv(
      'H-20,woman,1990,2019-01-10,,,ors,2019-01-10,,,,,20',
      'H-01,man,1980,2019-01-10,2019-11-20,work,ors,2019-03-10,,,,,22',
    );
    const error = await importRatingsCsv(server.store, teamId, text).catch((e) => e);
    expect(error).toBeInstanceOf(CsvImportError);
    expect(error.problems).toEqual([expect.objectContaining({ line: 3, column: 'gender' })]);
    expect(await count('facts')).toBe(before);
    expect(
      await server.store.db
        .selectFrom('participants')
        .select('id')
        .where('code', '=', 'H-20')
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('names a clash with what is stored in the same answer as the file’s own problems', async () => {
    const text = csv(
      'H-01,man,1980,2019-01-10,2019-11-20,work,ors,2019-03-10,,,,,22',
      'H-30,woman,1990,2019-01-10,,,ors,2019-01-10,,,,,99',
    );
    const error = await importRatingsCsv(server.store, teamId, text).catch((e) => e);
    expect(
      error.problems.map((p: { line: number; column: string }) => `${p.line}:${p.column}`),
    ).toEqual(['2:gender', '3:total']);
  });

  it('checks a file without storing anything (the preview)', async () => {
    const before = [await count('participants'), await count('facts')];
    const summary = await importRatingsCsv(
      server.store,
      teamId,
      csv('H-40,woman,1990,2019-01-10,,,ors,2019-01-01,,,,,20'),
      new Date(),
      { dryRun: true },
    );
    expect(summary).toMatchObject({ participantsCreated: 1, ratingsAdded: 1 });
    expect(summary.warnings.map((w) => w.code)).toEqual(['before_intake']);
    expect([await count('participants'), await count('facts')]).toEqual(before);
  });

  it('takes referrer, support and years in support when the file has them, and fills them in later', async () => {
    const withIntake = (...rows: string[]) =>
      [`${HEADER},referrer,support,years_in_support`, ...rows].join('\n') + '\n';
    const summary = await importRatingsCsv(
      server.store,
      teamId,
      withIntake(
        'R-01,woman,1980,2019-01-10,,,ors,2019-01-10,,,,,16.9,fk,sjukpenning,"5,5"',
        'R-02,man,1975,2019-01-10,,,ors,2019-01-10,,,,,18,,,',
      ),
    );
    expect(summary.participantsCreated).toBe(2);
    // A later file adds what the first one left out, and may not contradict what is there.
    const later = await importRatingsCsv(
      server.store,
      teamId,
      withIntake('R-02,man,1975,2019-01-10,,,ors,2019-01-10,,,,,18,af,forsorjningsstod,8'),
    );
    expect(later.participantsUpdated).toBe(1);
    const rows = await server.store.db
      .selectFrom('participants')
      .select(['code', 'referrer', 'support', 'years_in_support'])
      .where('code', 'in', ['R-01', 'R-02'])
      .orderBy('code')
      .execute();
    expect(rows).toEqual([
      { code: 'R-01', referrer: 'fk', support: 'sjukpenning', years_in_support: 5.5 },
      { code: 'R-02', referrer: 'af', support: 'forsorjningsstod', years_in_support: 8 },
    ]);
    const clash = await importRatingsCsv(
      server.store,
      teamId,
      withIntake('R-01,woman,1980,2019-01-10,,,ors,2019-01-10,,,,,16.9,af,sjukpenning,5.5'),
    ).catch((e) => e);
    expect(clash.problems).toEqual([expect.objectContaining({ column: 'referrer' })]);
  });

  it('names a wrong referrer, support or years with their column', () => {
    const text =
      [
        `${HEADER},referrer,support,years_in_support`,
        'Q-1,woman,1980,2019-01-10,,,ors,2019-01-10,,,,,16.9,doctor,sjukpenning,5',
        'Q-2,woman,1980,2019-01-10,,,ors,2019-01-10,,,,,16.9,fk,lön,5',
        'Q-3,woman,1980,2019-01-10,,,ors,2019-01-10,,,,,16.9,fk,sjukpenning,75',
      ].join('\n') + '\n';
    expect(problems(text)).toEqual(['2:referrer', '3:support', '4:years_in_support']);
  });
});
