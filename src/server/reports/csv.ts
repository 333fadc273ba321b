import { round } from '../../domain/report/statistics';
import type { StaffLanguage as Language } from '../../shared/language';
import type { Audience } from '../../shared/report';
import { REPORT_WORDS, reportLabel } from '../../shared/reportLabels';

export type CsvSeparator = 'comma' | 'semicolon';
type Value = string | number | boolean | null;

/** One row per figure, named by its path in the JSON report (`ors.intakeMean`). */
export function flattenReport(value: unknown, path = '', rows: [string, Value][] = []) {
  if (Array.isArray(value)) rows.push([path, value.join(' ')]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flattenReport(v, path ? `${path}.${k}` : k, rows);
  else rows.push([path, value as Value]);
  return rows;
}

/** The report's figures as rows, without anything about a single person (each ORS pair). */
export function reportFigures(report: object) {
  // Questionnaire answers are tables of their own, shown on screen; not figures of the CSV.
  const {
    ors,
    audience: _a,
    disclosure: _d,
    questionnaires: _q,
    ...rest
  } = report as Record<string, unknown>;
  const { pairs: _pairs, ...orsFigures } = ors as Record<string, unknown>;
  return flattenReport({ ...rest, ors: orsFigures });
}

const quote = (cell: string, sep: string) =>
  /["\n\r]/.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/g, '""')}"` : cell;

function writer(separator: CsvSeparator) {
  const sep = separator === 'semicolon' ? ';' : ',';
  const cell = (v: Value, decimals: number) => {
    if (v === null) return '';
    if (typeof v !== 'number') return quote(String(v), sep);
    const text = decimals === 2 ? round(v, 2).toFixed(2) : String(round(v));
    return sep === ';' ? text.replace('.', ',') : text;
  };
  /** Effect sizes keep two decimals, as on screen (1,60 not 1,6); other figures one. */
  const line = (cells: Value[]) =>
    cells
      .map((v) => cell(v, typeof cells[0] === 'string' && /effectSize$/.test(cells[0]) ? 2 : 1))
      .join(sep);
  return { line, text: (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n` };
}

/** Who the report is for and, outside the team, the rule and what each mark means. */
function preface(audience: Audience, lang: Language, width: number): Value[][] {
  const w = REPORT_WORDS[lang];
  const pad = (row: Value[]) => [...row, ...Array<Value>(Math.max(0, width - row.length)).fill('')];
  const rows: Value[][] = [['audience', w.audience!, w[`audience.${audience}`]!]];
  if (audience !== 'team')
    rows.push(
      ['disclosure.rule', w['disclosure.rule']!, ''],
      ['disclosure.<5', '<5', w['disclosure.few']!],
      ['disclosure...', '..', w['disclosure.protected']!],
    );
  return rows.map(pad);
}

/**
 * The report as CSV that opens correctly in Excel: UTF-8 with a BOM; with semicolons the
 * numbers get decimal commas, as Swedish Excel expects. Figures are rounded to one decimal
 * (effect sizes two) here, for showing; the JSON keeps them whole. Each person's ORS pair is left out; the
 * first rows say who the report is for and, outside the team, what `<5` and `..` mean.
 */
export function reportCsv(
  report: { audience: Audience },
  separator: CsvSeparator = 'comma',
  lang: Language = 'sv',
): string {
  const { line, text } = writer(separator);
  return text([
    line(['measure', 'label', 'value'].map((k) => REPORT_WORDS[lang][k]!)),
    ...preface(report.audience, lang, 3).map(line),
    ...reportFigures(report).map(([k, v]) => line([k, reportLabel(k, lang), v])),
  ]);
}

interface Column {
  name: string;
  report: object;
}

/** The organisation's comparison: one row per figure, one column per team, others and total. */
export function organisationCsv(
  body: {
    teams: { name: string; report: object }[];
    others: { teams: { name: string }[]; report: object } | null;
    total: object;
  },
  separator: CsvSeparator = 'comma',
  lang: Language = 'sv',
): string {
  const { line, text } = writer(separator);
  const w = REPORT_WORDS[lang];
  const columns: Column[] = [
    ...body.teams.map((t) => ({ name: t.name, report: t.report })),
    ...(body.others
      ? [
          {
            name: `${w.others} (${body.others.teams.map((t) => t.name).join(', ')})`,
            report: body.others.report,
          },
        ]
      : []),
    { name: w.allTeams!, report: body.total },
  ];
  const figures = columns.map((c) => new Map(reportFigures(c.report)));
  const paths = [...figures[0]!.keys()];
  return text([
    line(['measure', 'label', ...columns.map((c) => c.name)].map((x) => w[x] ?? x)),
    ...preface('organisation', lang, columns.length + 2).map(line),
    ...paths.map((p) => line([p, reportLabel(p, lang), ...figures.map((f) => f.get(p) ?? null)])),
  ]);
}
