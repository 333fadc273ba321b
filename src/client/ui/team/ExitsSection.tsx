import type { Figure } from '../../../domain/disclosure/marks';
import type { ReportView } from '../../../domain/disclosure/publish';
import { EXIT_REASONS, GENDERS, type ExitReason } from '../../../shared/participant';
import { TableScroll } from '../common/TableScroll';
import { useI18n } from '../../i18n';
import { LazyBarChart } from '../common/chart/LazyBarChart';
import { ExitTables } from './ExitTables';
import { FigureCell, ShareTable, useFigures } from './ShareTable';

/** Exits by reason, the goal as the team defines it, and throughput time. */
export function ExitsSection({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const { fig, pct, count } = useFigures();
  const { exits, goal, throughput, definitions } = report;
  const reason = (r: ExitReason) => t(`exitReason.${r}`);
  type Row = { n: Figure; meanMonths: Figure; medianMonths?: Figure };
  const rows: [string, Row][] = [
    [t('report.allExits'), throughput],
    [
      t('report.goalReachedExits'),
      {
        n: goal.reached,
        meanMonths: throughput.goalReachedMeanMonths,
        medianMonths: throughput.goalReachedMedianMonths,
      },
    ],
    ...GENDERS.map((g): [string, Row] => [t(`gender.${g}`), throughput.byGender[g]]),
  ];
  return (
    <section class="stack card report-section" aria-labelledby="rep-exits">
      <h2 id="rep-exits">{t('report.exits', { count: count(exits.total) })}</h2>
      <p class="lead">
        {t('report.goalLine', {
          reached: count(goal.reached),
          denominator: count(goal.denominator),
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
          {/* A bar needs a number: where some are hidden, the table alone says what is known. */}
          {EXIT_REASONS.every((r) => typeof exits.byReason[r] === 'number') && (
            <LazyBarChart
              labels={EXIT_REASONS.map(reason)}
              values={EXIT_REASONS.map((r) => exits.byReason[r] as number)}
              ariaLabel={t('report.exitsChart')}
            />
          )}
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
                  <FigureCell text={count(row.n)} value={row.n} />
                  <FigureCell text={fig(row.meanMonths)} value={row.meanMonths} />
                  <FigureCell text={fig(row.medianMonths)} value={row.medianMonths} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <ExitTables report={report} />
    </section>
  );
}
