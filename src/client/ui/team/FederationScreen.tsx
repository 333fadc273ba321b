import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { TableScroll } from '../common/TableScroll';
import { federationRows, type Row, type Value } from './federationRows';
import { OrganisationGoal } from './OrganisationGoal';
import { ReportForm, type ReportQuery } from './ReportForm';

/**
 * An organisation's comparison of its teams: the same figures per team and in total, small
 * cells shown as "<5". For steering, never about a person and never about a coach.
 */
export function FederationScreen() {
  const { t, number } = useI18n();
  const [data, setData] = useState<Awaited<ReturnType<typeof staffApi.federation>> | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [query, setQuery] = useState<ReportQuery | null>(null);
  const show = (q: ReportQuery) => {
    setQuery(q);
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
  const rows = federationRows(t);

  return (
    <div class="stack">
      <h1>{data ? t('federation.title', { name: data.organisation.name }) : t('report.title')}</h1>
      <p class="lead no-print">{t('federation.lead')}</p>
      <ReportForm groups={[]} onQuery={show} />
      <OrganisationGoal onSaved={() => query && show(query)} />
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
