import { INSTRUMENTS, requiredThreshold } from '../shared/instruments';

/**
 * Change on the ORS, as the domain defines it: reliable change is 5 points from the intake
 * (first) score; clinically significant improvement is reliable improvement that also
 * crosses the cutoff from below.
 */
/** 5 points, from the ORS definition. */
export const ORS_RELIABLE_CHANGE = requiredThreshold(INSTRUMENTS.ors, 'reliableChange');

export type ReliableChange = 'improved' | 'unchanged' | 'deteriorated';

export function reliableChange(
  intake: number,
  latest: number,
  rci = ORS_RELIABLE_CHANGE,
): ReliableChange {
  const diff = Math.round((latest - intake) * 10) / 10;
  if (diff >= rci) return 'improved';
  if (diff <= -rci) return 'deteriorated';
  return 'unchanged';
}

export function clinicallySignificant(
  intake: number,
  latest: number,
  cutoff: number,
  rci = ORS_RELIABLE_CHANGE,
): boolean {
  return intake < cutoff && latest >= cutoff && reliableChange(intake, latest, rci) === 'improved';
}

/** Relative change against the intake mean (16.9 → 28 is +66 %, not +40 %). */
export function changePercent(intakeMean: number, exitMean: number): number | null {
  return intakeMean === 0 ? null : ((exitMean - intakeMean) / intakeMean) * 100;
}
