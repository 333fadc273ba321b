import type { ExitReason, Gender } from '../../shared/participant';
import { INSTRUMENTS } from '../../shared/instruments';
import type { TeamSettings } from '../../shared/team';
import { changePercent, clinicallySignificant, reliableChange } from '../change';
import { ageOn, teamOrsCutoff } from '../thresholds';
import type { OrsChange } from '../../shared/responses/reports';
import { mean, sampleSd, share } from './statistics';
import type { CohortParticipant } from './cohort';

/** One exited participant's ORS at intake and at exit, as the definitions take them. */
export interface OrsPair {
  gender: Gender;
  exitReason: ExitReason | null;
  intake: number;
  exit: number;
  /** The cutoff for this person's age at intake, with the team's values. */
  cutoff: number;
}

/**
 * Intake ORS = the first ORS; exit ORS = the last ORS on or before the exit date. Needs an
 * exit and at least two ORS up to it; otherwise the person has no change to count.
 */
export function orsPair(p: CohortParticipant, settings: TeamSettings): OrsPair | null {
  if (!p.exitDate) return null;
  const ors = p.ratings.filter((r) => r.instrument === 'ors' && r.date <= p.exitDate!);
  if (ors.length < 2) return null;
  return {
    gender: p.gender,
    exitReason: p.exitReason,
    intake: ors[0]!.total,
    exit: ors.at(-1)!.total,
    cutoff: teamOrsCutoff(INSTRUMENTS.ors, settings, ageOn(p.birthYear, p.intakeDate)),
  };
}

export type { OrsChange };

export function orsChange(pairs: readonly OrsPair[]): OrsChange {
  const n = pairs.length;
  const intakes = pairs.map((p) => p.intake);
  const exits = pairs.map((p) => p.exit);
  const changes = pairs.map((p) => p.exit - p.intake);
  const intakeMean = mean(intakes);
  const exitMean = mean(exits);
  const intakeSd = sampleSd(intakes);
  const kinds = pairs.map((p) => reliableChange(p.intake, p.exit));
  const count = (test: (p: OrsPair, i: number) => boolean) => share(pairs.filter(test).length, n);
  return {
    n,
    intakeMean,
    exitMean,
    changeMean: mean(changes),
    changePercent:
      intakeMean === null || exitMean === null ? null : changePercent(intakeMean, exitMean),
    intakeSd,
    exitSd: sampleSd(exits),
    changeSd: sampleSd(changes),
    effectSize:
      intakeMean === null || exitMean === null || !intakeSd
        ? null
        : (exitMean - intakeMean) / intakeSd,
    reliablyImproved: count((_, i) => kinds[i] === 'improved'),
    unchanged: count((_, i) => kinds[i] === 'unchanged'),
    reliablyDeteriorated: count((_, i) => kinds[i] === 'deteriorated'),
    clinicallySignificant: count((p) => clinicallySignificant(p.intake, p.exit, p.cutoff)),
    intakeBelowCutoff: count((p) => p.intake < p.cutoff),
  };
}

/** The same summary per value of a key (gender, exit reason), over the keys given. */
export function orsChangeBy<K extends string>(
  pairs: readonly OrsPair[],
  key: (p: OrsPair) => K | null,
  keys: readonly K[],
): Record<K, OrsChange> {
  return Object.fromEntries(
    keys.map((k) => [k, orsChange(pairs.filter((p) => key(p) === k))]),
  ) as Record<K, OrsChange>;
}
