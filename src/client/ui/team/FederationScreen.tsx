import { useState } from 'preact/hooks';
import type { PublicReport } from '../../../domain/report/suppression';
import { EXIT_REASONS, GENDERS } from '../../../shared/participant';
import { useI18n, type MessageKey } from '../../i18n';
import { staffApi } from '../../staff/api';
import { TableScroll } from '../common/TableScroll';
import { ReportForm, type ReportQuery } from './ReportForm';

type Value = number | string | null;
type Row = { label: string; get(r: PublicReport): Value; percent?: boolean; decimals?: number };

/**
 * An organisation's comparison of its teams: the same figures per team and in total, small
 * cells shown as "<5". For steering, never about a person and never about a coach.
 */
export function FederationScreen() {
  const { t, number } = useI18n();
  const [data, setData] = useState<Awaited<ReturnType<typeof staffApi.federation>> | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const show = (q: ReportQuery) => {
    setState('loading');
    staffApi.federation(new URLSearchParams(q)).then(
      (d) => (setData(d), setState('idle')),
      () => setState('failed'),
    );
  };
  const cell = (v: Value, row: Row) =>
    typeof v === 'number'
      ? `${number(v, row.decimals ?? (row.percent || !Number.isInteger(v) ? 1 : 0))}${row.percent ? ' %' : ''}`
      : (v ?? '–');
  const rows: Row[] = [
    { label: t('report.total'), get: (r) => r.participants.total },
    { label: t('report.activeAtStart'), get: (r) => r.participants.activeAtStart },
    { label: t('report.enrolled'), get: (r) => r.participants.enrolled },
    { label: t('report.exited'), get: (r) => r.participants.exited },
    { label: t('report.activeAtEnd'), get: (r) => r.participants.activeAtEnd },
    ...GENDERS.map((g) => ({
      label: `${t('report.byGender')}: ${t(`gender.${g}` as MessageKey)}`,
      get: (r: PublicReport) => r.participants.byGender[g].count,
    })),
    { label: t('report.meanAge'), get: (r) => r.participants.meanAge, decimals: 1 },
    ...EXIT_REASONS.map((reason) => ({
      label: t(`exitReason.${reason}` as MessageKey),
      get: (r: PublicReport) => r.exits.byReason[reason],
    })),
    { label: t('federation.goal'), get: (r) => r.goal.percent, percent: true },
    { label: t('federation.throughput'), get: (r) => r.throughput.meanMonths, decimals: 1 },
    { label: t('federation.orsN'), get: (r) => r.ors.n },
    { label: t('report.intakeMean'), get: (r) => r.ors.intakeMean, decimals: 1 },
    { label: t('report.exitMean'), get: (r) => r.ors.exitMean, decimals: 1 },
    { label: t('report.changePercent'), get: (r) => r.ors.changePercent, percent: true },
    { label: t('report.improved'), get: (r) => r.ors.reliablyImproved.percent, percent: true },
    {
      label: t('report.deteriorated'),
      get: (r) => r.ors.reliablyDeteriorated.percent,
      percent: true,
    },
    { label: t('report.clinical'), get: (r) => r.ors.clinicallySignificant.percent, percent: true },
    { label: t('federation.srs'), get: (r) => r.srs.meanTotal, decimals: 1 },
    { label: t('federation.gsrs'), get: (r) => r.gsrs.meanTotal, decimals: 1 },
  ];

  return (
    <div class="stack">
      <h1>{data ? t('federation.title', { name: data.organisation.name }) : t('report.title')}</h1>
      <p class="lead no-print">{t('federation.lead')}</p>
      <ReportForm groups={[]} onQuery={show} />
      {state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t('staff.failed')}
        </p>
      )}
      {data && state === 'idle' && (
        <section class="stack card">
          <TableScroll label={t('federation.table')}>
            <table class="report-wide">
              <caption>{t('federation.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('federation.figure')}</th>
                  {data.teams.map((team) => (
                    <th key={team.id} scope="col" class="num">
                      {team.name}
                    </th>
                  ))}
                  <th scope="col" class="num">
                    {t('federation.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {data.teams.map((team) => (
                      <td key={team.id} class="num">
                        {cell(row.get(team.report), row)}
                      </td>
                    ))}
                    <td class="num">{cell(row.get(data.total), row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p class="muted">{t('federation.note')}</p>
        </section>
      )}
    </div>
  );
}
