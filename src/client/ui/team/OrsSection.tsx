import { useMemo } from 'preact/hooks';
import type { TeamReport } from '../../../domain/report/cohort';
import type { OrsChange } from '../../../domain/report/orsChange';
import { EXIT_REASONS, GENDERS } from '../../../shared/participant';
import { TableScroll } from '../common/TableScroll';
import { useI18n, type MessageKey } from '../../i18n';
import { LazyLineChart } from '../common/chart/LazyLineChart';
import { useFigures } from './ShareTable';

/** ORS change for those who exited in the period: means, each person's change, and tables. */
export function OrsSection({ report }: { report: TeamReport }) {
  const { t } = useI18n();
  const { fig, pct } = useFigures();
  const { ors, definitions } = report;
  const points = [t('report.atIntake'), t('report.atExit')];
  const means = useMemo(
    () =>
      [
        ['report.everyone', ors] as const,
        ...GENDERS.map((g) => [`gender.${g}`, ors.byGender[g]] as const),
      ]
        .filter(([, s]) => s.n > 0 && s.intakeMean !== null)
        .map(([key, s]) => ({
          label: t(key as MessageKey),
          values: [s.intakeMean!, s.exitMean!],
        })),
    [ors, t],
  );
  const people = useMemo(
    () => ors.pairs.map((p, i) => ({ label: String(i + 1), values: [p.intake, p.exit] })),
    [ors],
  );
  const guides = useMemo(
    () => [
      {
        value: definitions.orsCutoffAdult,
        label: t('staff.cutoff', { value: definitions.orsCutoffAdult }),
      },
    ],
    [definitions, t],
  );
  const rows: [string, OrsChange][] = (
    [
      [t('report.everyone'), ors],
      ...GENDERS.map((g): [string, OrsChange] => [t(`gender.${g}` as MessageKey), ors.byGender[g]]),
      ...EXIT_REASONS.map((r): [string, OrsChange] => [
        t(`exitReason.${r}` as MessageKey),
        ors.byExitReason[r],
      ]),
    ] as [string, OrsChange][]
  ).filter(([, s]) => s.n > 0);
  const sign = (v: number | null) => (v !== null && v > 0 ? '+' : '');

  return (
    <section class="stack card report-section" aria-labelledby="rep-ors">
      <h2 id="rep-ors">{t('report.orsTitle')}</h2>
      {ors.n === 0 ? (
        <p>{t('report.orsNone')}</p>
      ) : (
        <p class="lead">
          {t('report.orsLine', {
            n: ors.n,
            intake: fig(ors.intakeMean),
            exit: fig(ors.exitMean),
            change: `${sign(ors.changeMean)}${fig(ors.changeMean)}`,
            percent: `${sign(ors.changePercent)}${pct(ors.changePercent)}`,
          })}
        </p>
      )}
      {ors.n > 0 && (
        <div class="report-tables">
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
        </div>
      )}
      {ors.n > 0 && (
        <TableScroll label={t('report.orsTable')}>
          <table class="report-wide">
            <caption>{t('report.orsTable')}</caption>
            <thead>
              <tr>
                {(
                  [
                    'report.who',
                    'report.n',
                    'report.intakeMean',
                    'report.exitMean',
                    'report.changePoints',
                    'report.changePercent',
                    'report.intakeSd',
                    'report.effectSize',
                    'report.improved',
                    'report.unchanged',
                    'report.deteriorated',
                    'report.clinical',
                    'report.belowCutoff',
                  ] as const
                ).map((key) => (
                  <th key={key} scope="col" class={key === 'report.who' ? undefined : 'num'}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, s]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td class="num">{s.n}</td>
                  <td class="num">{fig(s.intakeMean)}</td>
                  <td class="num">{fig(s.exitMean)}</td>
                  <td class="num">{fig(s.changeMean)}</td>
                  <td class="num">{pct(s.changePercent)}</td>
                  <td class="num">{fig(s.intakeSd)}</td>
                  <td class="num">{fig(s.effectSize, 2)}</td>
                  <td class="num">{pct(s.reliablyImproved.percent)}</td>
                  <td class="num">{pct(s.unchanged.percent)}</td>
                  <td class="num">{pct(s.reliablyDeteriorated.percent)}</td>
                  <td class="num">{pct(s.clinicallySignificant.percent)}</td>
                  <td class="num">{pct(s.intakeBelowCutoff.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {ors.n > 0 && (
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
                {ors.pairs.map((p, i) => (
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
