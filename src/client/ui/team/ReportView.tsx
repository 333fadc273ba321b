import type { TeamReport } from '../../../domain/report/cohort';
import { useI18n, type MessageKey } from '../../i18n';
import { ExitsSection } from './ExitsSection';
import { OrsSection } from './OrsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { useFigures } from './ShareTable';

/** The whole report: what the figures are, then the definitions they follow. */
export function ReportView({ report, teamName }: { report: TeamReport; teamName: string }) {
  const { t, date } = useI18n();
  const { fig, pct } = useFigures();
  const { definitions: d, filter } = report;
  const filters = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([k]) => t(`report.filter.${k}` as MessageKey));
  return (
    <article class="stack report" aria-labelledby="report-title">
      <h2 id="report-title" class="report-title">
        {t('report.heading', {
          team: teamName,
          from: date(report.period.from),
          to: date(report.period.to),
        })}
      </h2>
      {filters.length > 0 && (
        <p class="muted">{t('report.filtered', { filters: filters.join(', ') })}</p>
      )}
      <ParticipantsSection report={report} />
      <ExitsSection report={report} />
      <OrsSection report={report} />
      <section class="stack card report-section" aria-labelledby="rep-sessions">
        <h2 id="rep-sessions">{t('report.sessionsTitle')}</h2>
        <ul>
          {(['srs', 'gsrs'] as const).map((i) => (
            <li key={i}>
              {t('report.sessionsLine', {
                instrument: i.toUpperCase(),
                mean: fig(report[i].meanTotal),
                below: pct(report[i].belowThreshold.percent),
                sessions: report[i].sessions,
                threshold: fig(report[i].threshold, 0),
              })}
            </li>
          ))}
        </ul>
      </section>
      <section class="stack card report-section" aria-labelledby="rep-definitions">
        <h2 id="rep-definitions">{t('report.definitions')}</h2>
        <ul class="definitions">
          <li>{t('report.def.period')}</li>
          <li>{t('report.def.orsPair')}</li>
          <li>{t('report.def.reliable', { rc: d.reliableChange })}</li>
          <li>{t('report.def.clinical', { adult: d.orsCutoffAdult, youth: d.orsCutoffYouth })}</li>
          <li>{t('report.def.percent')}</li>
          <li>{t('report.def.throughput')}</li>
          <li>{t('report.def.goal')}</li>
          <li>{t('report.def.sessions', { srs: d.srsThreshold, gsrs: d.gsrsThreshold })}</li>
          <li>{t('report.def.rounding')}</li>
        </ul>
      </section>
    </article>
  );
}
