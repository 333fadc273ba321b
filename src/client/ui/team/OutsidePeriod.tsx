import { useState } from 'preact/hooks';
import { reportingYear, type YearStart } from '../../../domain/report/reportingYear';
import type { Period } from '../../../shared/report';
import { useI18n } from '../../i18n';
import { Field } from '../common/Field';

type Span = 'year' | 'first' | 'second';

/** The reporting year and half a team leader most likely reports on: the last that ended. */
export function lastEnded(today: string, start: YearStart): { firstYear: number; span: Span } {
  const y = Number(today.slice(0, 4));
  for (const firstYear of [y, y - 1, y - 2]) {
    const ry = reportingYear(firstYear, start);
    if (ry.halves[1].to < today) return { firstYear, span: 'second' };
    if (ry.halves[0].to < today) return { firstYear, span: 'first' };
  }
  return { firstYear: y - 2, span: 'year' };
}

export const spanPeriod = (firstYear: number, start: YearStart, span: Span): Period => {
  const ry = reportingYear(firstYear, start);
  return span === 'year' ? ry.year : ry.halves[span === 'first' ? 0 : 1];
};

/**
 * Outside the team a report covers a reporting year or one of its halves, nothing else: two
 * reports for nearly the same dates would, subtracted, give one person's exit away.
 */
export function OutsidePeriod({
  start,
  onChange,
}: {
  start: YearStart;
  onChange(period: Period): void;
}) {
  const { t, date } = useI18n();
  const initial = lastEnded(new Date().toISOString().slice(0, 10), start);
  const [year, setYear] = useState(String(initial.firstYear));
  const [span, setSpan] = useState<Span>(initial.span);
  const valid = /^\d{4}$/.test(year);
  const choose = (y: string, s: Span) => {
    setYear(y);
    setSpan(s);
    if (/^\d{4}$/.test(y)) onChange(spanPeriod(Number(y), start, s));
  };
  const label = (s: Span) => {
    const p = spanPeriod(Number(year), start, s);
    return t(`report.span.${s}`, { from: date(p.from), to: date(p.to) });
  };
  return (
    <div class="filters">
      <Field
        id="report-ryear"
        label={t(start === 1 ? 'report.reportingYear.1' : 'report.reportingYear.7')}
        hint={t('report.outsidePeriods')}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={year}
            onInput={(e) => choose(e.currentTarget.value, span)}
          />
        )}
      </Field>
      <Field id="report-span" label={t('report.spanLabel')}>
        {(a11y) => (
          <select
            {...a11y}
            value={span}
            onChange={(e) => choose(year, e.currentTarget.value as Span)}
          >
            {(['year', 'first', 'second'] as const).map((s) => (
              <option key={s} value={s}>
                {valid ? label(s) : t(`report.spanShort.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
