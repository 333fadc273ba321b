import { IMPORTABLE_INSTRUMENTS } from '../../shared/instruments';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import * as z from 'zod/mini';
import { INSTRUMENTS } from '../../shared/instruments';
import {
  exitReasonSchema,
  genderSchema,
  isoDateSchema,
  participantCodeSchema,
  REFERRERS,
  referrerSchema,
  SUPPORT_TYPES,
  supportTypeSchema,
  yearsInSupportSchema,
} from '../../shared/participant';
import type { RatingFact } from '../../shared/rating';
import { ratingProblem, total as sumItems } from '../../domain/scoring';
import { csvProblem, type CsvProblem, type CsvProblemCode } from '../../shared/csvProblems';

/**
 * Historical ratings from a spreadsheet: one row per rating, participant columns repeated.
 * Everything is checked before anything is stored; every problem names its line and column.
 */
export const CSV_COLUMNS = [
  'participant_code',
  'gender',
  'birth_year',
  'intake_date',
  'exit_date',
  'exit_reason',
  'instrument',
  'administered_on',
  'item1',
  'item2',
  'item3',
  'item4',
  'total',
] as const;
/** Intake facts a file may give; left out or empty, they stay unknown. */
export const OPTIONAL_CSV_COLUMNS = ['referrer', 'support', 'years_in_support'] as const;
type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_CSV_COLUMNS)[number];
const KNOWN_COLUMNS: readonly string[] = [...CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];

export type { CsvProblem };

export interface ImportedParticipant {
  code: string;
  gender: string;
  birthYear: number;
  intakeDate: string;
  exitDate: string | null;
  exitReason: string | null;
  referrer: string | null;
  support: string | null;
  yearsInSupport: number | null;
  /** The first line that named this participant, for messages. */
  line: number;
}

export interface CsvPlan {
  participants: Map<string, ImportedParticipant>;
  ratings: { participantCode: string; fact: RatingFact; line: number }[];
  /** What imports but is worth a look (a rating dated before intake). */
  warnings: CsvProblem[];
}

/** Ages Stegvis is for: a birth year outside these at intake is a typing error. */
const AGE_RANGE = { min: 13, max: 67 } as const;

/** "7,3" and "7.3" alike; empty is null; anything else is NaN. */
function decimal(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
}

/**
 * Swedish Excel saves with semicolons (the comma is the decimal sign), others with commas.
 * The header row decides, so "4,2" in a semicolon file stays one number.
 */
function detectDelimiter(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Same file, same ids: re-importing adds nothing. Derived from the rating's content. */
function stableId(teamId: string, parts: readonly unknown[]): string {
  const h = createHash('sha256')
    .update(JSON.stringify([teamId, ...parts]))
    .digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Every problem in the file at once (the import screen lists them all before anything is
 * stored); with none, the plan. `today` (YYYY-MM-DD) refuses dates that have not come yet.
 */
export function parseRatingsCsv(
  text: string,
  teamId: string,
  today = new Date().toISOString().slice(0, 10),
): { plan: CsvPlan; problems?: undefined } | { problems: CsvProblem[]; plan: CsvPlan } {
  const problems: CsvProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      problems: [csvProblem(line, null, 'invalid_csv', { detail: (error as Error).message })],
      plan: emptyPlan(),
    };
  }
  const header = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      problems: [csvProblem(1, null, 'header_missing', { columns: missing.join(', ') })],
      plan: emptyPlan(),
    };
  const unknown = header.filter((h) => !KNOWN_COLUMNS.includes(h));
  if (unknown.length)
    return {
      problems: [csvProblem(1, null, 'unknown_columns', { columns: unknown.join(', ') })],
      plan: emptyPlan(),
    };

  const plan = emptyPlan();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: Column) => (record[header.indexOf(c)] ?? '').trim();
    const fail = (
      column: Column | null,
      code: CsvProblemCode,
      vars: Record<string, string | number> = {},
    ) => problems.push(csvProblem(line, column, code, vars));
    const check = <T>(
      column: Column,
      schema: z.ZodMiniType<T>,
      code: CsvProblemCode,
      vars: Record<string, string> = {},
    ): T | undefined => {
      const r = schema.safeParse(cell(column));
      if (!r.success) fail(column, code, { value: cell(column), ...vars });
      return r.success ? r.data : undefined;
    };
    /** A date that must not lie ahead (a rating dated 2030 is a typing error). */
    const pastDate = (column: Column) => {
      const d = check(column, isoDateSchema, 'date_invalid');
      if (d && d > today) fail(column, 'future_date', { value: d });
      return d;
    };
    if (record.length !== header.length) {
      fail(null, 'column_count', { expected: header.length, found: record.length });
      continue;
    }
    const before = problems.length;
    const code = check('participant_code', participantCodeSchema, 'code_invalid');
    const gender = check('gender', genderSchema, 'gender_invalid');
    const birthYear = Number(cell('birth_year'));
    const birthYearOk =
      /^\d{4}$/.test(cell('birth_year')) && birthYear >= 1900 && birthYear <= 2100;
    if (!birthYearOk) fail('birth_year', 'birth_year_invalid', { value: cell('birth_year') });
    const intakeDate = pastDate('intake_date');
    // The age only means something for an intake that has happened.
    if (birthYearOk && intakeDate && intakeDate <= today) {
      const age = Number(intakeDate.slice(0, 4)) - birthYear;
      if (age < AGE_RANGE.min || age > AGE_RANGE.max)
        fail('birth_year', 'age_out_of_range', { birthYear, age });
    }
    const exitDate = cell('exit_date') ? pastDate('exit_date') : null;
    const exitReason = cell('exit_reason')
      ? check('exit_reason', exitReasonSchema, 'exit_reason_invalid')
      : null;
    if (!!cell('exit_date') !== !!cell('exit_reason'))
      fail(cell('exit_date') ? 'exit_reason' : 'exit_date', 'exit_pair');
    if (intakeDate && exitDate && exitDate < intakeDate) fail('exit_date', 'exit_before_intake');
    const referrer = cell('referrer')
      ? check('referrer', referrerSchema, 'referrer_invalid', { allowed: REFERRERS.join(', ') })
      : null;
    const support = cell('support')
      ? check('support', supportTypeSchema, 'support_invalid', {
          allowed: SUPPORT_TYPES.join(', '),
        })
      : null;
    const years = decimal(cell('years_in_support'));
    if (years !== null && !yearsInSupportSchema.safeParse(years).success)
      fail('years_in_support', 'years_invalid', { value: cell('years_in_support') });
    const instrumentId = check('instrument', z.enum(IMPORTABLE_INSTRUMENTS), 'instrument_invalid', {
      allowed: IMPORTABLE_INSTRUMENTS.join(', '),
    });
    const administeredOn = pastDate('administered_on');
    const items = (['item1', 'item2', 'item3', 'item4'] as const).map((c) => {
      const v = decimal(cell(c));
      if (Number.isNaN(v)) fail(c, 'number_invalid', { value: cell(c) });
      return v;
    });
    const total = decimal(cell('total'));
    if (Number.isNaN(total)) fail('total', 'number_invalid', { value: cell('total') });
    if (
      problems.length > before ||
      !code ||
      !instrumentId ||
      !administeredOn ||
      !gender ||
      !intakeDate
    )
      continue;

    const def = INSTRUMENTS[instrumentId];
    const given = items.slice(0, def.items.length);
    const extra = items.slice(def.items.length).findIndex((v) => v !== null);
    if (extra >= 0) {
      fail(`item${def.items.length + extra + 1}` as Column, 'too_many_items', {
        instrument: instrumentId,
        count: def.items.length,
      });
      continue;
    }
    const totalOnly = given.every((v) => v === null);
    if (!totalOnly && given.some((v) => v === null)) {
      fail(`item${given.findIndex((v) => v === null) + 1}` as Column, 'items_incomplete');
      continue;
    }
    const { min, max, step } = def.response;
    const offScale = given.findIndex(
      (v) => v !== null && (v < min || v > max || Math.abs(Math.round(v / step) * step - v) > 1e-9),
    );
    if (offScale >= 0) {
      fail(`item${offScale + 1}` as Column, step === 1 ? 'off_scale_whole' : 'off_scale_decimal', {
        min,
        max,
      });
      continue;
    }
    const values = totalOnly
      ? {}
      : Object.fromEntries(def.items.map((item, i) => [item.id, given[i]!]));
    const fact: RatingFact = {
      type: 'rating',
      id: stableId(teamId, [code, instrumentId, administeredOn, given, total]),
      instrument: instrumentId,
      instrumentVersion: def.version,
      administeredAt: `${administeredOn}T12:00:00.000Z`,
      values,
      provenance: totalOnly ? 'import_total' : 'staff_paper',
      wording: 'paper',
    };
    if (totalOnly) {
      if (total === null) {
        fail('total', 'total_missing');
        continue;
      }
      fact.total = total;
    } else if (total !== null && sumItems(def, values) !== total) {
      fail('total', 'total_mismatch', { sum: sumItems(def, values) ?? '', total });
      continue;
    }
    const problem = ratingProblem(def, fact);
    if (problem) {
      fail(totalOnly ? 'total' : 'item1', 'out_of_range', {
        instrument: instrumentId,
        detail: problem,
      });
      continue;
    }

    const person: ImportedParticipant = {
      code,
      gender,
      birthYear,
      intakeDate,
      exitDate: exitDate ?? null,
      exitReason: exitReason ?? null,
      referrer: referrer ?? null,
      support: support ?? null,
      yearsInSupport: years,
      line,
    };
    const earlier = plan.participants.get(code);
    if (earlier) {
      const columns: [Column, unknown, unknown][] = [
        ['gender', earlier.gender, person.gender],
        ['birth_year', earlier.birthYear, person.birthYear],
        ['intake_date', earlier.intakeDate, person.intakeDate],
        ['exit_date', earlier.exitDate, person.exitDate],
        ['exit_reason', earlier.exitReason, person.exitReason],
        ['referrer', earlier.referrer, person.referrer],
        ['support', earlier.support, person.support],
        ['years_in_support', earlier.yearsInSupport, person.yearsInSupport],
      ];
      const clash = columns.find(([, a, b]) => a !== b);
      if (clash) {
        fail(clash[0], 'differs_in_file', { line: earlier.line, code });
        continue;
      }
    } else plan.participants.set(code, person);
    if (administeredOn < intakeDate)
      plan.warnings.push(
        csvProblem(line, 'administered_on', 'before_intake', {
          value: administeredOn,
          intake: intakeDate,
        }),
      );
    plan.ratings.push({ participantCode: code, fact, line });
  }
  if (records.length <= 1) problems.push(csvProblem(1, null, 'no_rows'));
  return problems.length ? { problems, plan } : { plan };
}

const emptyPlan = (): CsvPlan => ({ participants: new Map(), ratings: [], warnings: [] });
