import { useEffect, useState } from 'preact/hooks';
import { QuestionnairePacks } from '../coach/team/QuestionnairePacks';
import type { OrganisationView, PublicReport } from '../../../domain/disclosure/publish';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { TableScroll } from '../common/TableScroll';
import { DisclosureLegend } from './DisclosureLegend';
import { organisationRows, type Row, type Value } from './organisationRows';
import { OrganisationGoal } from './OrganisationGoal';
import { ReportForm, type ReportQuery } from './ReportForm';
import { FigureCell } from './ShareTable';

/**
 * An organisation's comparison of its teams: the same protected figures per team (teams with
 * fewer than 5 exits in the year together, when two or more) and in total. For steering,
 * never about a person and never about a coach. A team's column is its steering-group report.
 */
export function OrganisationScreen() {
  const { t, number, date, lang } = useI18n();
  const [data, setData] = useState<OrganisationView | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [query, setQuery] = useState<ReportQuery | null>(null);
  const [yearStart, setYearStart] = useState<1 | 7 | null>(null);
  const loadSettings = () =>
    staffApi.organisationSettings().then(
      (s) => setYearStart(s.reportingYearStart),
      () => setState('failed'),
    );
  useEffect(() => void loadSettings(), []);
  const show = (q: ReportQuery) => {
    setQuery(q);
    setState('loading');
    staffApi.organisationReport(new URLSearchParams(q)).then(
      (d) => (setData(d), setState('idle')),
      () => setState('failed'),
    );
  };
  const text = (v: Value, row: Row) =>
    typeof v === 'number'
      ? `${number(v, row.decimals ?? (row.percent || !Number.isInteger(v) ? 1 : 0))}${row.percent ? ' %' : ''}`
      : (v ?? '–');
  const columns: { key: string; name: string; report: PublicReport }[] = data
    ? [
        ...data.teams.map((team) => ({ key: team.id, name: team.name, report: team.report })),
        ...(data.others
          ? [
              {
                key: 'others',
                name: t('organisation.others', {
                  teams: data.others.teams.map((x) => x.name).join(', '),
                }),
                report: data.others.report,
              },
            ]
          : []),
        { key: 'total', name: t('organisation.total'), report: data.total },
      ]
    : [];
  const rows = organisationRows(t).filter((row) =>
    columns.some((c) => row.get(c.report) !== undefined),
  );
  const link = (extra: Record<string, string>) =>
    `/api/organisation/report?${new URLSearchParams({ ...query, ...extra })}`;

  return (
    <div class="stack">
      <h1>
        {data ? t('organisation.title', { name: data.organisation.name }) : t('report.title')}
      </h1>
      <p class="lead no-print">{t('organisation.lead')}</p>
      {yearStart && (
        <ReportForm
          key={yearStart}
          groups={[]}
          onQuery={show}
          audiences={['organisation']}
          yearStart={yearStart}
        />
      )}
      <OrganisationGoal
        onSaved={() => {
          void loadSettings();
          if (query) show(query);
        }}
      />
      {state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t('staff.failed')}
        </p>
      )}
      {data && state === 'idle' && (
        <>
          <div class="actions no-print">
            <a class="button" href={link({ format: 'csv', separator: 'semicolon', lang })} download>
              {t('report.csvExcel')}
            </a>
            <a class="button" href={link({ format: 'csv', lang })} download>
              {t('report.csv')}
            </a>
            <button type="button" class="button button--primary" onClick={() => print()}>
              {t('report.print')}
            </button>
          </div>
          <article class="stack report" aria-labelledby="organisation-heading">
            <h2 id="organisation-heading" class="report-title">
              {t('report.heading', {
                team: data.organisation.name,
                from: date(data.period.from),
                to: date(data.period.to),
              })}
            </h2>
            <p class="notice">{t('report.for.organisation')}</p>
            <DisclosureLegend />
            <section class="stack card">
              <TableScroll label={t('organisation.table')}>
                <table class="report-wide organisation-table">
                  <caption>{t('organisation.table')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('organisation.figure')}</th>
                      {columns.map((c) => (
                        <th key={c.key} scope="col" class="num">
                          {c.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.label}>
                        <th scope="row">{row.label}</th>
                        {columns.map((c) => (
                          <FigureCell
                            key={c.key}
                            text={text(row.get(c.report), row)}
                            value={row.get(c.report)}
                          />
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <p class="muted">{t('organisation.note')}</p>
            </section>
          </article>
        </>
      )}
      <QuestionnairePacks owner="organisation" />
    </div>
  );
}
