import {
  EXIT_REASONS,
  GENDERS,
  REFERRERS,
  SUPPORT_TYPES,
  type ExitReason,
  type Gender,
} from '../../shared/participant';
import { AGE_BANDS, type AgeBand, type Period, type ReportFilter } from '../../shared/report';
import type { TeamSettings } from '../../shared/team';
import { ORS_RELIABLE_CHANGE } from '../change';
import { ageOn } from '../thresholds';
import { exitTables } from './exitTables';
import { stepFigures, type CohortStatuses } from './steps';
import { orsChange, orsChangeBy, orsPair } from './orsChange';
import { inPeriod, throughputMonths } from './period';
import type { SessionRatings, Share, TeamReport, Throughput } from '../../shared/responses/reports';
import { countBy, mean, median, percent, share } from './statistics';

/** What the report needs of one participant; ratings withdrawn by the participant are left out. */
export interface CohortRating {
  instrument: 'ors' | 'srs' | 'gsrs';
  /** The day it was made, YYYY-MM-DD. */
  date: string;
  total: number;
}

export interface CohortParticipant {
  gender: Gender;
  birthYear: number;
  intakeDate: string;
  exitDate: string | null;
  exitReason: ExitReason | null;
  referrer: string | null;
  support: string | null;
  yearsInSupport: number | null;
  groupIds: readonly string[];
  /** Oldest first. */
  ratings: readonly CohortRating[];
  /** Labour-market statuses at intake, exit and follow-ups, where recorded. */
  statuses?: CohortStatuses;
}

export const ageAtIntake = (p: Pick<CohortParticipant, 'intakeDate' | 'birthYear'>) =>
  ageOn(p.birthYear, p.intakeDate);

export function ageBand(age: number): AgeBand {
  if (age < 25) return '16-24';
  if (age >= 65) return '65+';
  return AGE_BANDS[Math.floor((age - 15) / 10)]!;
}

export function matchesFilter(p: CohortParticipant, f: ReportFilter): boolean {
  return (
    (!f.gender || p.gender === f.gender) &&
    (!f.ageBand || ageBand(ageAtIntake(p)) === f.ageBand) &&
    (!f.referrer || p.referrer === f.referrer) &&
    (!f.groupId || p.groupIds.includes(f.groupId))
  );
}

/** Mean years in public support at intake, over those it is recorded for. */
function supportYears(people: readonly CohortParticipant[]) {
  const years = people.flatMap((p) => (p.yearsInSupport === null ? [] : [p.yearsInSupport]));
  return { n: years.length, mean: mean(years) };
}

function throughput(exits: readonly CohortParticipant[]): Throughput {
  const months = exits.map((p) => throughputMonths(p.intakeDate, p.exitDate!));
  return { n: months.length, meanMonths: mean(months), medianMonths: median(months) };
}

function sessionRatings(
  rated: readonly { who: number; total: number }[],
  threshold: number,
): SessionRatings {
  const totals = rated.map((r) => r.total);
  return {
    threshold,
    people: new Set(rated.map((r) => r.who)).size,
    sessions: totals.length,
    meanTotal: mean(totals),
    belowThreshold: share(totals.filter((t) => t < threshold).length, totals.length),
  };
}

export type { SessionRatings, TeamReport, Throughput };

/** Enrolled at some time in the period. */
export const activeDuring = (p: CohortParticipant, period: Period) =>
  p.intakeDate <= period.to && (!p.exitDate || p.exitDate >= period.from);
export const exitedIn = (p: CohortParticipant, period: Period) =>
  activeDuring(p, period) && p.exitDate !== null && inPeriod(p.exitDate, period);
export const reachedGoal = (p: CohortParticipant, settings: TeamSettings) =>
  p.exitReason !== null && settings.goalExitReasons.includes(p.exitReason);
/** Counted in the goal's denominator (drop-outs only when the team says so). */
export const inGoalDenominator = (p: CohortParticipant, settings: TeamSettings) =>
  settings.dropoutsInDenominator || p.exitReason !== 'dropout';
/** The ratings of one instrument made in the period, oldest first. */
export const ratedIn = (
  p: CohortParticipant,
  instrument: CohortRating['instrument'],
  period: Period,
) => p.ratings.filter((r) => r.instrument === instrument && inPeriod(r.date, period));

/**
 * The team's report for a period, every figure from the definitions printed on it. Pure:
 * the server, the CLI and the tests call the same function.
 */
export function teamReport(
  all: readonly CohortParticipant[],
  period: Period,
  filter: ReportFilter,
  settings: TeamSettings,
): TeamReport {
  const people = all.filter((p) => matchesFilter(p, filter));
  const during = people.filter((p) => activeDuring(p, period));
  const exited = during.filter((p) => exitedIn(p, period));
  const reached = exited.filter((p) => reachedGoal(p, settings));
  const denominator = exited.filter((p) => inGoalDenominator(p, settings)).length;
  const byReason = countBy(exited, (p) => p.exitReason ?? 'other', EXIT_REASONS);
  const pairs = exited.flatMap((p) => orsPair(p, settings) ?? []);
  const totalsInPeriod = (instrument: CohortRating['instrument']) =>
    during.flatMap((p, who) =>
      ratedIn(p, instrument, period).map((r) => ({ who, total: r.total })),
    );
  const all_ = throughput(exited);
  const goalThroughput = throughput(reached);

  return {
    period,
    filter,
    definitions: {
      goalExitReasons: [...settings.goalExitReasons],
      dropoutsInDenominator: settings.dropoutsInDenominator,
      orsCutoffAdult: settings.orsCutoffAdult,
      orsCutoffYouth: settings.orsCutoffYouth,
      reliableChange: ORS_RELIABLE_CHANGE,
      srsThreshold: settings.srsTotalThreshold,
      gsrsThreshold: settings.gsrsThreshold,
    },
    participants: {
      total: during.length,
      activeAtStart: during.filter((p) => p.intakeDate < period.from).length,
      enrolled: during.filter((p) => p.intakeDate >= period.from).length,
      exited: exited.length,
      activeAtEnd: during.filter((p) => !p.exitDate || p.exitDate > period.to).length,
      byGender: countBy(during, (p) => p.gender, GENDERS) as Record<Gender, Share>,
      meanAge: mean(during.map(ageAtIntake)),
      byReferrer: countBy(during, (p) => p.referrer ?? 'unknown', [...REFERRERS, 'unknown']),
      bySupport: countBy(during, (p) => p.support ?? 'unknown', [...SUPPORT_TYPES, 'unknown']),
      yearsInSupport: {
        ...supportYears(during),
        byGender: Object.fromEntries(
          GENDERS.map((g) => [g, supportYears(during.filter((p) => p.gender === g))]),
        ) as Record<Gender, { n: number; mean: number | null }>,
      },
    },
    exits: {
      total: exited.length,
      byReason: Object.fromEntries(EXIT_REASONS.map((r) => [r, byReason[r]!.count])) as Record<
        ExitReason,
        number
      >,
      byReasonPercent: Object.fromEntries(
        EXIT_REASONS.map((r) => [r, byReason[r]!.percent]),
      ) as Record<ExitReason, number | null>,
      ...exitTables(
        exited.map((p) => ({
          gender: p.gender,
          exitReason: p.exitReason,
          referrer: p.referrer,
          band: ageBand(ageAtIntake(p)),
          reached: reachedGoal(p, settings),
        })),
      ),
    },
    goal: { reached: reached.length, denominator, percent: percent(reached.length, denominator) },
    throughput: {
      ...all_,
      goalReachedMeanMonths: goalThroughput.meanMonths,
      goalReachedMedianMonths: goalThroughput.medianMonths,
      byGender: Object.fromEntries(
        GENDERS.map((g) => [g, throughput(exited.filter((p) => p.gender === g))]),
      ) as Record<Gender, Throughput>,
    },
    ors: {
      ...orsChange(pairs),
      byGender: orsChangeBy(pairs, (p) => p.gender, GENDERS),
      byExitReason: orsChangeBy(pairs, (p) => p.exitReason, EXIT_REASONS),
      pairs: pairs.map((p) => ({ intake: p.intake, exit: p.exit })),
    },
    srs: sessionRatings(totalsInPeriod('srs'), settings.srsTotalThreshold),
    gsrs: sessionRatings(totalsInPeriod('gsrs'), settings.gsrsThreshold),
    ...stepFigures(exited, settings),
  };
}
