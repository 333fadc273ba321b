import { useEffect } from 'preact/hooks';
import type { ReportView as View } from '../../../domain/disclosure/publish';
import { useI18n } from '../../i18n';
import { ComparisonSection } from './ComparisonSection';
import { DisclosureLegend } from './DisclosureLegend';
import { ExitsSection } from './ExitsSection';
import { OrsSection } from './OrsSection';
import { QuestionnaireSection } from './QuestionnaireSection';
import { StepsSection } from './StepsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { useFigures } from './ShareTable';

/**
 * The whole report: who it is for, what the figures are, then the definitions they follow.
 * Outside the team it says which figures are hidden and why.
 */
export function ReportView({ report, teamName }: { report: View; teamName: string }) {
  const { t, date } = useI18n();
  const { fig, pct, count } = useFigures();
  const { definitions: d, filter = {} } = report;
  const audience = report.audience ?? 'team';
  const filters = (Object.keys(filter) as (keyof typeof filter)[])
    .filter((k) => filter[k])
    .map((k) => t(`report.filter.${k}`));
  const runningHead = t('report.runningHead', {
    team: teamName,
    from: date(report.period.from),
    to: date(report.period.to),
    audience: t(`report.runningHead.${audience}`),
  });
  usePrintHeader(runningHead);
  return (
    <article class="stack report" aria-labelledby="report-title">
      <h2 id="report-title" class="report-title">
        {t('report.heading', {
          team: teamName,
          from: date(report.period.from),
          to: date(report.period.to),
        })}
      </h2>
      <p class={audience === 'team' ? 'notice notice--warning' : 'notice'}>
        {t(`report.for.${audience}`)}
      </p>
      {filters.length > 0 && (
        <p class="muted">{t('report.filtered', { filters: filters.join(', ') })}</p>
      )}
      {audience !== 'team' && <DisclosureLegend />}
      <ComparisonSection report={report} />
      <ParticipantsSection report={report} />
      <ExitsSection report={report} />
      <StepsSection report={report} />
      <OrsSection report={report} />
      {report.questionnaires && <QuestionnaireSection tables={report.questionnaires} />}
      <section class="stack card report-section" aria-labelledby="rep-sessions">
        <h2 id="rep-sessions">{t('report.sessionsTitle')}</h2>
        <ul>
          {(['srs', 'gsrs'] as const).map((i) => {
            const s = report[i];
            const values = {
              instrument: i.toUpperCase(),
              mean: fig(s.meanTotal),
              below: pct(s.belowThreshold.percent),
              threshold: fig(s.threshold, 0),
            };
            return (
              <li key={i}>
                {s.sessions !== undefined
                  ? t('report.sessionsLine', { ...values, sessions: s.sessions })
                  : t('report.sessionsLineOutside', {
                      ...values,
                      people: s.people === undefined ? '–' : count(s.people),
                    })}
              </li>
            );
          })}
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

/**
 * Team, period and audience at the top of every printed page after the first (which has
 * them in its heading), so a loose page still says whose figures it holds and who may read
 * them. A page margin box takes only a CSS string, so the text goes in as one, through a
 * constructed style sheet: the content security policy refuses inline style elements.
 */
function usePrintHeader(text: string) {
  useEffect(() => {
    const css = JSON.stringify(text.replace(/[\n\r\\]/g, ' '));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { @top-left { content: ${css}; font: 8pt system-ui, sans-serif; color: #4a5857; } }` +
        ' @page :first { @top-left { content: none; } }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
