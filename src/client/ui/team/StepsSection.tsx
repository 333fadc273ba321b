import type { ReportView } from '../../../domain/disclosure/publish';
import {
  FOLLOW_UP_CHOICES,
  LABOUR_STATUSES,
  type LabourStatus,
} from '../../../shared/labourStatus';
import type { Figure } from '../../../domain/disclosure/marks';
import { useI18n } from '../../i18n';
import { TableScroll } from '../common/TableScroll';
import { FigureCell, useFigures } from './ShareTable';

/**
 * Steps toward work (stegförflyttning): of the period's exits with a status at intake and at
 * exit, how many moved up the team's ladder; at each follow-up, how many are in work or
 * studies. The team's own report also has the status matrices.
 */
export function StepsSection({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const { pct, count } = useFigures();
  const { steps, followUp } = report;
  const months = FOLLOW_UP_CHOICES.filter((m) => followUp[`${m}`].n !== 0);
  return (
    <section class="stack card report-section" aria-labelledby="rep-steps">
      <h2 id="rep-steps">{t('report.steps.title')}</h2>
      <p class="lead">
        {t('report.steps.line', {
          moved: count(steps.movedUp.count),
          n: count(steps.n),
          percent: pct(steps.movedUp.percent),
        })}
      </p>
      <p class="muted">{t('report.steps.definition')}</p>
      {months.length === 0 ? (
        <p class="muted">{t('report.steps.noFollowUp')}</p>
      ) : (
        <TableScroll label={t('report.steps.followUpTable')}>
          <table>
            <caption>{t('report.steps.followUpTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.steps.when')}</th>
                <th scope="col" class="num">
                  {t('report.steps.followedUp')}
                </th>
                <th scope="col" class="num">
                  {t('report.steps.inWork')}
                </th>
                <th scope="col" class="num">
                  {t('report.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => {
                const f = followUp[`${m}`];
                return (
                  <tr key={m}>
                    <th scope="row">{t('report.steps.months', { months: m })}</th>
                    <FigureCell text={count(f.n)} value={f.n} />
                    <FigureCell
                      text={count(f.inWorkOrStudies.count)}
                      value={f.inWorkOrStudies.count}
                    />
                    <FigureCell
                      text={pct(f.inWorkOrStudies.percent)}
                      value={f.inWorkOrStudies.percent}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {steps.matrix && <StatusMatrix caption={t('report.steps.matrix')} matrix={steps.matrix} />}
      {months.map((m) => {
        const matrix = followUp[`${m}`].matrix;
        return (
          matrix && (
            <StatusMatrix
              key={m}
              caption={t('report.steps.followUpMatrix', { months: m })}
              matrix={matrix}
            />
          )
        );
      })}
    </section>
  );
}

/** Where people started (rows) and where they ended (columns); statuses nobody had left out. */
function StatusMatrix({
  caption,
  matrix,
}: {
  caption: string;
  matrix: Record<LabourStatus, Record<LabourStatus, Figure>>;
}) {
  const { t } = useI18n();
  const { count } = useFigures();
  // A status nobody had is left out; a mark may hide people, so its row and column stay.
  const some = (v: Figure) => v !== 0 && v !== null;
  const used = (s: LabourStatus) =>
    LABOUR_STATUSES.some((o) => some(matrix[s][o]) || some(matrix[o][s]));
  const shown = LABOUR_STATUSES.filter(used);
  if (shown.length === 0) return null;
  return (
    <TableScroll label={caption}>
      <table class="cross-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.steps.fromTo')}</th>
            {shown.map((s) => (
              <th key={s} scope="col" class="num">
                {t(`labourStatus.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((from) => (
            <tr key={from}>
              <th scope="row">{t(`labourStatus.${from}`)}</th>
              {shown.map((to) => (
                <FigureCell key={to} text={count(matrix[from][to])} value={matrix[from][to]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
