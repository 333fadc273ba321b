import { useState } from 'preact/hooks';
import { Problem } from '../common/Problem';
import { useLoad } from '../common/useLoad';
import type { ReportView as View } from '../../../domain/disclosure/publish';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { useTeam } from '../../staff/team';
import { ReportForm, type ReportQuery } from './ReportForm';
import { ReportView } from './ReportView';

/**
 * The team's results for a period, for the steering group and the annual report (protected
 * figures, the default) or for the team itself (every figure): read on screen, exported as
 * CSV or JSON, or printed (and saved as PDF) on A4. Exports and print follow the choice.
 */
export function ReportScreen() {
  const { t, lang } = useI18n();
  const { team } = useTeam();
  const groupList = useLoad(() => staffApi.groups(), []);
  const groups = groupList.data ?? [];
  const [query, setQuery] = useState<ReportQuery | null>(null);
  const [report, setReport] = useState<View | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [failure, setFailure] = useState<unknown>(null);

  const show = (q: ReportQuery) => {
    setQuery(q);
    setState('loading');
    staffApi.report(new URLSearchParams(q)).then(
      (r) => (setReport(r), setFailure(null), setState('idle')),
      (e: unknown) => (setFailure(e), setState('failed')),
    );
  };
  const link = (extra: Record<string, string>) =>
    `/api/reports/team?${new URLSearchParams({ ...query, ...extra })}`;

  return (
    <div class="stack">
      <a class="no-print" href="#/staff">
        {t('staff.back')}
      </a>
      <h1>{t('report.title')}</h1>
      <p class="lead no-print">{t('report.lead')}</p>
      {team && (
        <ReportForm
          groups={groups}
          onQuery={show}
          audiences={['steering', 'team']}
          yearStart={team.reporting.yearStart}
        />
      )}
      {state === 'loading' && <p role="status">{t('app.loading')}</p>}
      <Problem error={failure} />
      {report && query && state !== 'loading' && (
        <>
          <div class="actions no-print">
            <a class="button" href={link({ format: 'csv', separator: 'semicolon', lang })} download>
              {t('report.csvExcel')}
            </a>
            <a class="button" href={link({ format: 'csv', lang })} download>
              {t('report.csv')}
            </a>
            <a class="button" href={link({})} download={`stegvis-rapport-${query.audience}.json`}>
              {t('report.json')}
            </a>
            <button type="button" class="button button--primary" onClick={() => print()}>
              {t('report.print')}
            </button>
          </div>
          <ReportView report={report} teamName={team?.team.name ?? ''} />
        </>
      )}
    </div>
  );
}
