import type { TeamReport } from '../../domain/report/cohort';
import { round } from '../../domain/report/statistics';
import type { Language } from '../../shared/language';
import { REPORT_WORDS, reportLabel } from '../../shared/reportLabels';

export type CsvSeparator = 'comma' | 'semicolon';

/** One row per figure, named by its path in the JSON report (`ors.intakeMean`). */
export function flattenReport(
  value: unknown,
  path = '',
  rows: [string, string | number | boolean | null][] = [],
): [string, string | number | boolean | null][] {
  if (Array.isArray(value)) rows.push([path, value.join(' ')]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flattenReport(v, path ? `${path}.${k}` : k, rows);
  else rows.push([path, value as string | number | boolean | null]);
  return rows;
}

/** The report's figures as rows, without anything about a single person (each ORS pair). */
export function reportFigures(report: TeamReport) {
  const { ors, ...rest } = report;
  const { pairs: _pairs, ...orsFigures } = ors;
  return flattenReport({ ...rest, ors: orsFigures });
}

const quote = (cell: string, sep: string) =>
  /["\n\r]/.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * The report as CSV that opens correctly in Excel: UTF-8 with a BOM; with semicolons the
 * numbers get decimal commas, as Swedish Excel expects. Figures are rounded to one decimal
 * here, for showing; the JSON keeps them whole. Each person's ORS pair is left out.
 */
export function reportCsv(
  report: TeamReport,
  separator: CsvSeparator = 'comma',
  lang: Language = 'sv',
): string {
  const sep = separator === 'semicolon' ? ';' : ',';
  const rows = reportFigures(report);
  const cell = (v: string | number | boolean | null) => {
    if (v === null) return '';
    if (typeof v !== 'number') return quote(String(v), sep);
    const text = String(round(v));
    return sep === ';' ? text.replace('.', ',') : text;
  };
  // The path for programs, a label in the reader's language for people, then the value.
  const lines = [
    ['measure', 'label', 'value'].map((w) => REPORT_WORDS[lang][w]).join(sep),
    ...rows.map(([k, v]) => [quote(k, sep), quote(reportLabel(k, lang), sep), cell(v)].join(sep)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
