import type { TeamReport } from '../domain/report/cohort';
import { round } from '../domain/report/statistics';

const n = (v: number | null, unit = '') => (v === null ? '–' : `${round(v)}${unit}`);

/** The report's headline figures as plain text, for the admin command line. */
export function reportText(r: TeamReport): string {
  return [
    `Report ${r.period.from} – ${r.period.to}`,
    `Participants: ${r.participants.total} (active at start ${r.participants.activeAtStart}, enrolled ${r.participants.enrolled}, exited ${r.participants.exited}, active at end ${r.participants.activeAtEnd})`,
    `Exits: ${r.exits.total}; ${Object.entries(r.exits.byReason)
      .filter(([, c]) => c > 0)
      .map(([k, c]) => `${k} ${c}`)
      .join(', ')}`,
    `Goal reached: ${r.goal.reached} / ${r.goal.denominator} = ${n(r.goal.percent, ' %')} (goal reasons: ${r.definitions.goalExitReasons.join(', ')}; drop-outs ${r.definitions.dropoutsInDenominator ? 'in' : 'not in'} the denominator)`,
    `Throughput: mean ${n(r.throughput.meanMonths)} months, median ${n(r.throughput.medianMonths)}; goal reached mean ${n(r.throughput.goalReachedMeanMonths)}`,
    `ORS (n = ${r.ors.n}): ${n(r.ors.intakeMean)} at intake → ${n(r.ors.exitMean)} at exit, change ${n(r.ors.changeMean)} points (${n(r.ors.changePercent, ' %')}), effect size ${n(r.ors.effectSize)}; reliably improved ${n(r.ors.reliablyImproved.percent, ' %')}, deteriorated ${n(r.ors.reliablyDeteriorated.percent, ' %')}, clinically significant ${n(r.ors.clinicallySignificant.percent, ' %')}`,
    `SRS: mean ${n(r.srs.meanTotal)}, ${n(r.srs.belowThreshold.percent, ' %')} of ${r.srs.sessions} sessions below ${r.srs.threshold}`,
    `GSRS: mean ${n(r.gsrs.meanTotal)}, ${n(r.gsrs.belowThreshold.percent, ' %')} of ${r.gsrs.sessions} sessions below ${r.gsrs.threshold}`,
  ].join('\n');
}
