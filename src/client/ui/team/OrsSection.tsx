import { useMemo } from 'preact/hooks';
import type { Figure } from '../../../domain/disclosure/marks';
import type { ReportOrsRow, ReportView } from '../../../domain/disclosure/publish';
import { EXIT_REASONS, GENDERS } from '../../../shared/participant';
import { TableScroll } from '../common/TableScroll';
import { useI18n, type MessageKey } from '../../i18n';
import { LazyLineChart } from '../common/chart/LazyLineChart';
import { FigureCell, useFigures } from './ShareTable';

type Column = {
  key: MessageKey;
  get(s: ReportOrsRow): Figure | undefined;
  kind: 'n' | 'fig' | 'pct' | 'es';
};
const COLUMNS: Column[] = [
  { key: 'report.n', get: (s) => s.n, kind: 'n' },
  { key: 'report.intakeMean', get: (s) => s.intakeMean, kind: 'fig' },
  { key: 'report.exitMean', get: (s) => s.exitMean, kind: 'fig' },
  { key: 'report.changePoints', get: (s) => s.changeMean, kind: 'fig' },
  { key: 'report.changePercent', get: (s) => s.changePercent, kind: 'pct' },
  { key: 'report.intakeSd', get: (s) => s.intakeSd, kind: 'fig' },
  { key: 'report.effectSize', get: (s) => s.effectSize, kind: 'es' },
  { key: 'report.improved', get: (s) => s.reliablyImproved?.percent, kind: 'pct' },
  { key: 'report.unchanged', get: (s) => s.unchanged?.percent, kind: 'pct' },
  { key: 'report.deteriorated', get: (s) => s.reliablyDeteriorated?.percent, kind: 'pct' },
  { key: 'report.clinical', get: (s) => s.clinicallySignificant?.percent, kind: 'pct' },
  { key: 'report.belowCutoff', get: (s) => s.intakeBelowCutoff?.percent, kind: 'pct' },
];

/**
 * ORS change for those who exited in the period: means, tables and, inside the team only,
 * each person's change. Outside the team the rows by gender and exit reason carry only the
 * count and the means.
 */
export function OrsSection({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const { fig, pct, count } = useFigures();
  const { ors, definitions } = report;
  const points = [t('report.atIntake'), t('report.atExit')];
  const means = useMemo(
    () =>
      [
        ['report.everyone', ors] as const,
        ...GENDERS.map((g) => [`gender.${g}`, ors.byGender[g]] as const),
      ]
        .filter(([, s]) => typeof s.intakeMean === 'number' && typeof s.exitMean === 'number')
        .map(([key, s]) => ({
          label: t(key),
          values: [s.intakeMean as number, s.exitMean as number],
        })),
    [ors, t],
  );
  const pairs = ors.pairs;
  const people = useMemo(
    () => (pairs ?? []).map((p, i) => ({ label: String(i + 1), values: [p.intake, p.exit] })),
    [pairs],
  );
  const guides = useMemo(
    () => [
      {
        kind: 'limit' as const,
        values: [definitions.orsCutoffAdult],
        label: t('staff.cutoff', { value: definitions.orsCutoffAdult }),
      },
    ],
    [definitions, t],
  );
  const rows: [string, ReportOrsRow][] = (
    [
      [t('report.everyone'), ors],
      ...GENDERS.map((g): [string, ReportOrsRow] => [t(`gender.${g}`), ors.byGender[g]]),
      ...EXIT_REASONS.map((r): [string, ReportOrsRow] => [
        t(`exitReason.${r}`),
        ors.byExitReason[r],
      ]),
    ] as [string, ReportOrsRow][]
  ).filter(([, s]) => s.n !== 0);
  const columns = COLUMNS.filter((c) => rows.some(([, s]) => c.get(s) !== undefined));
  // A figure the report does not give for this row (outside the team, the rows by gender and
  // exit reason have only the count and the means) is left blank, not shown as "–".
  const shown = (c: Column, v: Figure | undefined) =>
    v === undefined
      ? ''
      : c.kind === 'n'
        ? count(v)
        : c.kind === 'pct'
          ? pct(v)
          : fig(v, c.kind === 'es' ? 2 : 1);
  const sign = (v: Figure) => (typeof v === 'number' && v > 0 ? '+' : '');
  const none = ors.n === 0;

  return (
    <section class="stack card report-section" aria-labelledby="rep-ors">
      <h2 id="rep-ors">{t('report.orsTitle')}</h2>
      {none ? (
        <p>{t('report.orsNone')}</p>
      ) : (
        <p class="lead">
          {t('report.orsLine', {
            n: count(ors.n),
            intake: fig(ors.intakeMean),
            exit: fig(ors.exitMean),
            change: `${sign(ors.changeMean)}${fig(ors.changeMean)}`,
            percent: `${sign(ors.changePercent)}${pct(ors.changePercent)}`,
          })}
        </p>
      )}
      {!none && (
        <div class="report-tables report-charts">
          <div class="stack">
            <h3>{t('report.meansChart')}</h3>
            <LazyLineChart
              labels={points}
              lines={means}
              max={40}
              guides={guides}
              ariaLabel={t('report.meansChart')}
            />
          </div>
          {pairs && (
            <div class="stack">
              <h3>{t('report.peopleChart')}</h3>
              <LazyLineChart
                labels={points}
                lines={people}
                max={40}
                guides={guides}
                many
                ariaLabel={t('report.peopleChart')}
              />
            </div>
          )}
        </div>
      )}
      {!none && (
        <TableScroll label={t('report.orsTable')}>
          <table class="report-wide">
            <caption>{t('report.orsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.who')}</th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" class="num">
                    {t(c.key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, s]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {columns.map((c) => (
                    <FigureCell key={c.key} text={shown(c, c.get(s))} value={c.get(s)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pairs && pairs.length > 0 && (
        <details class="no-print">
          <summary>{t('report.peopleTable')}</summary>
          <TableScroll label={t('report.peopleChart')}>
            <table>
              <caption>{t('report.peopleChart')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.person')}</th>
                  <th scope="col" class="num">
                    {t('report.atIntake')}
                  </th>
                  <th scope="col" class="num">
                    {t('report.atExit')}
                  </th>
                  <th scope="col" class="num">
                    {t('report.changePoints')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">{i + 1}</th>
                    <td class="num">{fig(p.intake)}</td>
                    <td class="num">{fig(p.exit)}</td>
                    <td class="num">{fig(p.exit - p.intake)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </section>
  );
}
