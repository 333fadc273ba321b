import type { TeamReport } from '../../domain/report/cohort';
import { round } from '../../domain/report/statistics';

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

const quote = (cell: string, sep: string) =>
  /["\n\r]/.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * The report as CSV that opens correctly in Excel: UTF-8 with a BOM; with semicolons the
 * numbers get decimal commas, as Swedish Excel expects. Figures are rounded to one decimal
 * here, for showing; the JSON keeps them whole. Each person's ORS pair is left out.
 */
export function reportCsv(report: TeamReport, separator: CsvSeparator = 'comma'): string {
  const sep = separator === 'semicolon' ? ';' : ',';
  const { ors, ...rest } = report;
  const { pairs: _pairs, ...orsFigures } = ors;
  const rows = flattenReport({ ...rest, ors: orsFigures });
  const cell = (v: string | number | boolean | null) => {
    if (v === null) return '';
    if (typeof v !== 'number') return quote(String(v), sep);
    const text = String(round(v));
    return sep === ';' ? text.replace('.', ',') : text;
  };
  const lines = [`measure${sep}value`, ...rows.map(([k, v]) => `${quote(k, sep)}${sep}${cell(v)}`)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
