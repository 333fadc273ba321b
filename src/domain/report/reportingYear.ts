import type { Period } from '../../shared/report';

/** A reporting year and its two halves. */
export interface ReportingYear {
  year: Period;
  halves: readonly [Period, Period];
}
export type Span = 'year' | 'first' | 'second';
export const SPANS: readonly Span[] = ['year', 'first', 'second'];

/** The month a reporting year starts: January (calendar year) or July ("verksamhetsår"). */
export type YearStart = 1 | 7;

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function reportingYear(firstYear: number, start: YearStart): ReportingYear {
  const half = (y: number, m: number): Period => ({
    from: iso(y, m, 1),
    to: iso(m + 5 > 12 ? y + 1 : y, ((m + 4) % 12) + 1, lastOf(y, ((m + 4) % 12) + 1)),
  });
  const first = half(firstYear, start);
  const second = half(start === 1 ? firstYear : firstYear + 1, start === 1 ? 7 : 1);
  return { year: { from: first.from, to: second.to }, halves: [first, second] };
}

/**
 * The reporting year a period is, or is a half of; null for any other period. Outside the
 * team only these periods exist: a report for any two dates would let two reports a day apart
 * be subtracted to give one person's exit.
 */
export function outsidePeriod(
  period: Period,
  start: YearStart,
): { year: ReportingYear; span: Span } | null {
  const y = Number(period.from.slice(0, 4));
  for (const firstYear of [y, y - 1]) {
    const ry = reportingYear(firstYear, start);
    const spans: Record<Span, Period> = {
      year: ry.year,
      first: ry.halves[0],
      second: ry.halves[1],
    };
    for (const span of SPANS)
      if (spans[span].from === period.from && spans[span].to === period.to)
        return { year: ry, span };
  }
  return null;
}
