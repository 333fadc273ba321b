import type { Figure } from '../../../domain/disclosure/marks';
import type { PublicReport } from '../../../domain/disclosure/publish';
import { EXIT_REASONS, GENDERS } from '../../../shared/participant';
import type { I18n } from '../../i18n';

export type Value = Figure | undefined;
export interface Row {
  label: string;
  get(r: PublicReport): Value;
  percent?: boolean;
  decimals?: number;
}

/**
 * The figures an organisation compares across its teams, in the report's order. A figure
 * given for the whole year only is undefined in a half-year's report.
 */
export function organisationRows(t: I18n['t']): Row[] {
  return [
    { label: t('report.total'), get: (r) => r.participants.total },
    { label: t('report.activeAtStart'), get: (r) => r.participants.activeAtStart },
    { label: t('report.enrolled'), get: (r) => r.participants.enrolled },
    { label: t('report.exited'), get: (r) => r.participants.exited },
    { label: t('report.activeAtEnd'), get: (r) => r.participants.activeAtEnd },
    ...GENDERS.map((g) => ({
      label: `${t('report.byGender')}: ${t(`gender.${g}`)}`,
      get: (r: PublicReport) => r.participants.byGender?.[g].count,
    })),
    { label: t('report.meanAge'), get: (r) => r.participants.meanAge, decimals: 1 },
    { label: t('organisation.exitsTotal'), get: (r) => r.exits.total },
    ...EXIT_REASONS.map((reason) => ({
      label: t(`exitReason.${reason}`),
      get: (r: PublicReport) => r.exits.byReason[reason],
    })),
    { label: t('organisation.goalReached'), get: (r) => r.goal.reached },
    { label: t('organisation.goalDenominator'), get: (r) => r.goal.denominator },
    { label: t('organisation.goal'), get: (r) => r.goal.percent, percent: true },
    { label: t('organisation.throughput'), get: (r) => r.throughput.meanMonths, decimals: 1 },
    {
      label: t('organisation.throughputMedian'),
      get: (r) => r.throughput.medianMonths,
      decimals: 1,
    },
    { label: t('organisation.orsN'), get: (r) => r.ors.n },
    { label: t('report.intakeMean'), get: (r) => r.ors.intakeMean, decimals: 1 },
    { label: t('report.exitMean'), get: (r) => r.ors.exitMean, decimals: 1 },
    { label: t('report.changePoints'), get: (r) => r.ors.changeMean, decimals: 1 },
    { label: t('report.changePercent'), get: (r) => r.ors.changePercent, percent: true },
    { label: t('report.effectSize'), get: (r) => r.ors.effectSize, decimals: 2 },
    { label: t('report.improved'), get: (r) => r.ors.reliablyImproved.percent, percent: true },
    { label: t('report.unchanged'), get: (r) => r.ors.unchanged.percent, percent: true },
    {
      label: t('report.deteriorated'),
      get: (r) => r.ors.reliablyDeteriorated.percent,
      percent: true,
    },
    { label: t('report.clinical'), get: (r) => r.ors.clinicallySignificant.percent, percent: true },
    { label: t('report.belowCutoff'), get: (r) => r.ors.intakeBelowCutoff.percent, percent: true },
    { label: t('organisation.srs'), get: (r) => r.srs.meanTotal, decimals: 1 },
    { label: t('organisation.srsBelow'), get: (r) => r.srs.belowThreshold.percent, percent: true },
    { label: t('organisation.gsrs'), get: (r) => r.gsrs.meanTotal, decimals: 1 },
    {
      label: t('organisation.gsrsBelow'),
      get: (r) => r.gsrs.belowThreshold.percent,
      percent: true,
    },
  ];
}
