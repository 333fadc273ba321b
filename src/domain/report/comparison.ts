import type { Period } from '../../shared/report';
import type { Comparison } from '../../shared/responses/reports';
import { reportingYear, type Span, type YearStart } from './reportingYear';

const day = (iso: string, add: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + add * 86_400_000).toISOString().slice(0, 10);
const monthStart = (iso: string) => iso.endsWith('-01');
const monthEnd = (iso: string) => day(iso, 1).endsWith('-01');

/**
 * The period just before, as long as this one: whole months move by whole months (January–June
 * → July–December of the year before), any other period by its number of days.
 */
export function previousPeriod(p: Period): Period {
  if (monthStart(p.from) && monthEnd(p.to)) {
    const [fy, fm] = p.from.split('-').map(Number) as [number, number];
    const [ty, tm] = p.to.split('-').map(Number) as [number, number];
    const months = (ty - fy) * 12 + (tm - fm) + 1;
    const start = new Date(Date.UTC(fy, fm - 1 - months, 1)).toISOString().slice(0, 10);
    return { from: start, to: day(p.from, -1) };
  }
  const length = (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1;
  return { from: day(p.from, -length), to: day(p.from, -1) };
}

/**
 * Outside the team the period before is the reporting year before, or the half before (the
 * second half of the year before, for a first half): only those periods exist outside.
 */
export function previousOutsidePeriod(firstYear: number, span: Span, start: YearStart): Period {
  if (span === 'year') return reportingYear(firstYear - 1, start).year;
  if (span === 'second') return reportingYear(firstYear, start).halves[0];
  return reportingYear(firstYear - 1, start).halves[1];
}

/** The figures shown beside the previous period's: who, exits, the goal, time, ORS change. */
export function comparedFigures(r: Omit<Comparison, 'period'>, period: Period): Comparison {
  return {
    period,
    participants: { total: r.participants.total, enrolled: r.participants.enrolled },
    exits: { total: r.exits.total },
    goal: { reached: r.goal.reached, denominator: r.goal.denominator, percent: r.goal.percent },
    throughput: { meanMonths: r.throughput.meanMonths },
    ors: {
      n: r.ors.n,
      intakeMean: r.ors.intakeMean,
      exitMean: r.ors.exitMean,
      changeMean: r.ors.changeMean,
    },
  };
}
