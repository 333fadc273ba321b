import type { TeamReport } from '../../../domain/report/cohort';
import { EXIT_REASONS, GENDERS } from '../../../shared/participant';
import { TableScroll } from '../common/TableScroll';
import { useI18n, type MessageKey } from '../../i18n';
import { LazyBarChart } from '../common/chart/LazyBarChart';
import { ShareTable, useFigures } from './ShareTable';

/** Exits by reason, the goal as the team defines it, and throughput time. */
export function ExitsSection({ report }: { report: TeamReport }) {
  const { t } = useI18n();
  const { fig, pct } = useFigures();
  const { exits, goal, throughput, definitions } = report;
  const reason = (r: string) => t(`exitReason.${r}` as MessageKey);
  const rows: [string, { n: number; meanMonths: number | null; medianMonths: number | null }][] = [
    [t('report.allExits'), throughput],
    [
      t('report.goalReachedExits'),
      {
        n: goal.reached,
        meanMonths: throughput.goalReachedMeanMonths,
        medianMonths: throughput.goalReachedMedianMonths,
      },
    ],
    ...GENDERS.map(
      (g) =>
        [t(`gender.${g}` as MessageKey), throughput.byGender[g]] as [string, typeof throughput],
    ),
  ];
  return (
    <section class="stack card report-section" aria-labelledby="rep-exits">
      <h2 id="rep-exits">{t('report.exits', { count: exits.total })}</h2>
      <p class="lead">
        {t('report.goalLine', {
          reached: goal.reached,
          denominator: goal.denominator,
          percent: pct(goal.percent),
        })}
      </p>
      <p class="muted">
        {t('report.goalDefinition', {
          reasons: definitions.goalExitReasons.map(reason).join(', '),
        })}{' '}
        {t(definitions.dropoutsInDenominator ? 'report.dropoutsIn' : 'report.dropoutsOut')}
      </p>
      <div class="report-tables">
        <div class="stack">
          <LazyBarChart
            labels={EXIT_REASONS.map(reason)}
            values={EXIT_REASONS.map((r) => exits.byReason[r])}
            ariaLabel={t('report.exitsChart')}
          />
          <ShareTable
            caption={t('report.exitsByReason')}
            labelHeader={t('staff.exitReason')}
            rows={EXIT_REASONS.map((r) => ({
              key: r,
              label: reason(r),
              share: { count: exits.byReason[r], percent: exits.byReasonPercent[r] },
            }))}
          />
        </div>
        <TableScroll label={t('report.throughput')}>
          <table>
            <caption>{t('report.throughput')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.who')}</th>
                <th scope="col" class="num">
                  {t('report.count')}
                </th>
                <th scope="col" class="num">
                  {t('report.meanMonths')}
                </th>
                <th scope="col" class="num">
                  {t('report.medianMonths')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, row]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td class="num">{row.n}</td>
                  <td class="num">{fig(row.meanMonths)}</td>
                  <td class="num">{fig(row.medianMonths)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}
