import type { Figure } from '../../../domain/disclosure/marks';
import type { ReportView } from '../../../domain/disclosure/publish';
import { comparedFigures } from '../../../domain/report/comparison';
import type { Comparison } from '../../../shared/responses/reports';
import { useI18n } from '../../i18n';
import { TableScroll } from '../common/TableScroll';
import { FigureCell, useFigures } from './ShareTable';

type Row = [label: string, pick: (c: Comparison) => Figure, kind: 'count' | 'pct' | 'fig'];

/**
 * This period beside the one before, for the headline figures a steering group follows.
 * Outside the team the earlier column is that period's own protected report, marks and all.
 */
export function ComparisonSection({ report }: { report: ReportView }) {
  const { t, date } = useI18n();
  const { fig, pct, count } = useFigures();
  const { previous } = report;
  if (!previous) return null;
  const now = comparedFigures(report, report.period);
  const text = { count, pct, fig };
  const rows: Row[] = [
    [t('report.cmp.participants'), (c) => c.participants.total, 'count'],
    [t('report.cmp.enrolled'), (c) => c.participants.enrolled, 'count'],
    [t('report.cmp.exits'), (c) => c.exits.total, 'count'],
    [t('report.cmp.goal'), (c) => c.goal.percent, 'pct'],
    [t('report.cmp.months'), (c) => c.throughput.meanMonths, 'fig'],
    [t('report.cmp.orsN'), (c) => c.ors.n, 'count'],
    [t('report.cmp.orsIntake'), (c) => c.ors.intakeMean, 'fig'],
    [t('report.cmp.orsExit'), (c) => c.ors.exitMean, 'fig'],
    [t('report.cmp.orsChange'), (c) => c.ors.changeMean, 'fig'],
  ];
  const span = (c: Comparison) =>
    t('report.cmp.span', { from: date(c.period.from), to: date(c.period.to) });
  return (
    <section class="stack card report-section" aria-labelledby="rep-compare">
      <h2 id="rep-compare">{t('report.cmp.title')}</h2>
      <TableScroll label={t('report.cmp.caption')}>
        <table>
          <caption class="sr-only">{t('report.cmp.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.cmp.figure')}</th>
              <th scope="col" class="num">
                {t('report.cmp.this')}
                <br />
                <span class="muted">{span(now)}</span>
              </th>
              <th scope="col" class="num">
                {t('report.cmp.before')}
                <br />
                <span class="muted">{span(previous)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, pick, kind]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <FigureCell text={text[kind](pick(now))} value={pick(now)} />
                <FigureCell text={text[kind](pick(previous))} value={pick(previous)} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p class="muted">
        {t(report.audience === 'steering' ? 'report.cmp.outside' : 'report.cmp.inside')}
      </p>
    </section>
  );
}
