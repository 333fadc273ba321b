import type { ReportView } from '../../domain/disclosure/publish';
import { round } from '../../domain/report/statistics';

type Shown = number | string | null | undefined;
const n = (v: Shown, unit = '') =>
  v === null || v === undefined ? '–' : typeof v === 'number' ? `${round(v)}${unit}` : v;

/** The report's headline figures as plain text, for the admin command line. */
export function reportText(r: ReportView): string {
  const outside = r.audience === 'steering' || r.audience === 'organisation';
  return [
    `Report ${r.period.from} – ${r.period.to}${outside ? ` for the ${r.audience}: <5 = 1–4 people; .. = hidden so nothing hidden can be worked out` : ''}`,
    `Participants: ${n(r.participants.total)} (active at start ${n(r.participants.activeAtStart)}, enrolled ${n(r.participants.enrolled)}, exited ${n(r.participants.exited)}, active at end ${n(r.participants.activeAtEnd)})`,
    `Exits: ${n(r.exits.total)}; ${Object.entries(r.exits.byReason)
      .filter(([, c]) => c !== 0)
      .map(([k, c]) => `${k} ${n(c)}`)
      .join(', ')}`,
    `Goal reached: ${n(r.goal.reached)} / ${n(r.goal.denominator)} = ${n(r.goal.percent, ' %')} (goal reasons: ${r.definitions.goalExitReasons.join(', ')}; drop-outs ${r.definitions.dropoutsInDenominator ? 'in' : 'not in'} the denominator)`,
    `Throughput: mean ${n(r.throughput.meanMonths)} months, median ${n(r.throughput.medianMonths)}; goal reached mean ${n(r.throughput.goalReachedMeanMonths)}`,
    `ORS (n = ${n(r.ors.n)}): ${n(r.ors.intakeMean)} at intake → ${n(r.ors.exitMean)} at exit, change ${n(r.ors.changeMean)} points (${n(r.ors.changePercent, ' %')}), effect size ${n(r.ors.effectSize)}; reliably improved ${n(r.ors.reliablyImproved.percent, ' %')}, deteriorated ${n(r.ors.reliablyDeteriorated.percent, ' %')}, clinically significant ${n(r.ors.clinicallySignificant.percent, ' %')}`,
    ...(['srs', 'gsrs'] as const).map(
      (i) =>
        `${i.toUpperCase()}: mean ${n(r[i].meanTotal)}, ${n(r[i].belowThreshold.percent, ' %')} below ${r[i].threshold}${r[i].sessions === undefined ? '' : ` (${r[i].sessions} ratings)`}`,
    ),
  ].join('\n');
}
