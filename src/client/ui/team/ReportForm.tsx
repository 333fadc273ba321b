import { useState } from 'preact/hooks';
import {
  latestEndedYear,
  presetPeriod,
  PERIOD_PRESETS,
  type PeriodPreset,
} from '../../../domain/report/period';
import { localToday } from '../../localDate';
import { GENDERS, REFERRERS } from '../../../shared/participant';
import type { YearStart } from '../../../domain/report/reportingYear';
import { AGE_BANDS, reportRequestSchema, type Audience } from '../../../shared/report';
import { useI18n } from '../../i18n';
import { Field } from '../common/Field';
import { AudienceChoice } from './AudienceChoice';
import { lastEnded, OutsidePeriod, spanPeriod } from './OutsidePeriod';

export type ReportQuery = Record<string, string>;

/** The half-year a team leader most likely reports on: the last one that has ended. */
function lastHalf(today: Date): { preset: PeriodPreset; year: number } {
  const year = today.getFullYear();
  return today.getMonth() >= 6
    ? { preset: 'firstHalf', year }
    : { preset: 'secondHalf', year: year - 1 };
}

/**
 * Who the report is for, then its period and, inside the team, any selection; the shared
 * schema checks them before asking. For the steering group (the default) and the
 * organisation, the period is a reporting year or a half and there is no selection.
 */
export function ReportForm({
  groups,
  onQuery,
  audiences,
  yearStart,
}: {
  groups: { id: string; name: string }[];
  onQuery(query: ReportQuery): void;
  /** The audiences to choose between, the default first. */
  audiences: readonly Audience[];
  yearStart: YearStart;
}) {
  const { t } = useI18n();
  const [audience, setAudience] = useState<Audience>(audiences[0]!);
  const [outside, setOutside] = useState(() => {
    const last = lastEnded(new Date().toISOString().slice(0, 10), yearStart);
    return spanPeriod(last.firstYear, yearStart, last.span);
  });
  const start = lastHalf(new Date());
  const [preset, setPreset] = useState<PeriodPreset | 'custom'>(start.preset);
  const [year, setYear] = useState(String(start.year));
  const initial = presetPeriod(start.preset, start.year);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [filter, setFilter] = useState({ gender: '', ageBand: '', referrer: '', groupId: '' });
  const [invalid, setInvalid] = useState(false);

  // A new preset starts at its latest period that has ended (July–June in December is the
  // one that ended in June, not the one running); a year typed in is taken as it is.
  const choosePreset = (
    p: PeriodPreset | 'custom',
    y = p === 'custom' ? year : String(latestEndedYear(p, localToday())),
  ) => {
    setPreset(p);
    setYear(y);
    if (p !== 'custom' && /^\d{4}$/.test(y)) {
      const period = presetPeriod(p, Number(y));
      setFrom(period.from);
      setTo(period.to);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const inside = audience === 'team';
    const chosen = inside ? { from, to, ...filter } : outside;
    const query = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v !== ''));
    const ok = reportRequestSchema.safeParse(query).success && query.from! <= query.to!;
    setInvalid(!ok);
    if (ok) onQuery({ ...query, audience });
  };
  const select = (key: keyof typeof filter, options: { value: string; label: string }[]) => (
    <Field id={`report-${key}`} label={t(`report.filter.${key}`)}>
      {(a11y) => (
        <select
          {...a11y}
          value={filter[key]}
          onChange={(e) => setFilter({ ...filter, [key]: e.currentTarget.value })}
        >
          <option value="">{t('report.filter.all')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form class="stack card no-print" onSubmit={submit} noValidate aria-labelledby="report-form">
      <h2 id="report-form">{t('report.choose')}</h2>
      {invalid && (
        <p class="notice notice--error" role="alert">
          {t('report.invalidPeriod')}
        </p>
      )}
      {audiences.length > 1 && <AudienceChoice value={audience} onChange={setAudience} />}
      {audience !== 'team' && <OutsidePeriod start={yearStart} onChange={setOutside} />}
      {audience === 'team' && (
        <>
          <div class="filters">
            <Field id="report-preset" label={t('report.preset')}>
              {(a11y) => (
                <select
                  {...a11y}
                  value={preset}
                  onChange={(e) => choosePreset(e.currentTarget.value as PeriodPreset | 'custom')}
                >
                  {PERIOD_PRESETS.map((p) => (
                    <option key={p} value={p}>
                      {t(`report.preset.${p}`)}
                    </option>
                  ))}
                  <option value="custom">{t('report.preset.custom')}</option>
                </select>
              )}
            </Field>
            {preset !== 'custom' && (
              <Field id="report-year" label={t('report.year')}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type="number"
                    inputMode="numeric"
                    min={2000}
                    max={2100}
                    value={year}
                    onInput={(e) => {
                      setYear(e.currentTarget.value);
                      choosePreset(preset, e.currentTarget.value);
                    }}
                  />
                )}
              </Field>
            )}
            <Field id="report-from" label={t('report.from')}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="date"
                  value={from}
                  onInput={(e) => (setFrom(e.currentTarget.value), setPreset('custom'))}
                />
              )}
            </Field>
            <Field id="report-to" label={t('report.to')}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="date"
                  value={to}
                  onInput={(e) => (setTo(e.currentTarget.value), setPreset('custom'))}
                />
              )}
            </Field>
          </div>
          <div class="filters">
            {select(
              'gender',
              GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) })),
            )}
            {select(
              'ageBand',
              AGE_BANDS.map((a) => ({
                value: a,
                label: t('report.ageBandLabel', { band: a.replace('-', '–') }),
              })),
            )}
            {select(
              'referrer',
              REFERRERS.map((r) => ({ value: r, label: t(`referrer.${r}`) })),
            )}
            {groups.length > 0 &&
              select(
                'groupId',
                groups.map((g) => ({ value: g.id, label: g.name })),
              )}
          </div>
          {to >= localToday() && <p class="notice">{t('report.notEnded')}</p>}
        </>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('report.show')}
        </button>
      </div>
    </form>
  );
}
