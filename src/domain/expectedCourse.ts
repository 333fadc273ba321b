import { quantile } from './report/statistics';

/**
 * The team's own expected course: how ORS usually moved from intake, session by session,
 * among the team's own exited participants who started at a similar level. Not a
 * proprietary expected-treatment-response curve: the team's own data, with its n printed,
 * and only where there are enough past participants to say anything.
 */

/** Intake ORS bands (from inclusive, to exclusive): similar starts move alike. */
export const COURSE_BANDS: readonly { from: number; to: number }[] = [
  { from: 0, to: 15 },
  { from: 15, to: 20 },
  { from: 20, to: 25 },
  { from: 25, to: 41 },
];
/** Exited participants in a band before its course is drawn at all. */
export const COURSE_MIN_PARTICIPANTS = 20;
/** Participants who reached a session number before that session's point is drawn. */
export const COURSE_MIN_AT_SESSION = 10;
/** The course runs to this session number at most. */
export const COURSE_MAX_SESSIONS = 30;

export interface CoursePoint {
  /** 1 is intake (change 0), 2 the second ORS, and so on. */
  session: number;
  n: number;
  /** Change in ORS points since intake. */
  median: number;
  p25: number;
  p75: number;
}

export interface CourseBand {
  from: number;
  to: number;
  /** Exited participants in the band (each had at least two ORS). */
  participants: number;
  /** Empty while fewer than COURSE_MIN_PARTICIPANTS. */
  points: CoursePoint[];
}

/** From each exited participant's ORS totals in order, the course for every band. */
export function expectedCourse(people: readonly (readonly number[])[]): CourseBand[] {
  return COURSE_BANDS.map(({ from, to }) => {
    const inBand = people.filter((t) => t.length >= 2 && t[0]! >= from && t[0]! < to);
    const points: CoursePoint[] = [];
    if (inBand.length >= COURSE_MIN_PARTICIPANTS)
      for (let k = 1; k <= COURSE_MAX_SESSIONS; k++) {
        const changes = inBand.filter((t) => t.length >= k).map((t) => t[k - 1]! - t[0]!);
        if (changes.length < COURSE_MIN_AT_SESSION) break;
        points.push({
          session: k,
          n: changes.length,
          median: quantile(changes, 0.5)!,
          p25: quantile(changes, 0.25)!,
          p75: quantile(changes, 0.75)!,
        });
      }
    return { from, to, participants: inBand.length, points };
  });
}

export const bandFor = (course: readonly CourseBand[], intake: number) =>
  course.find((b) => intake >= b.from && intake < b.to);

/**
 * Under the team's usual course: the latest ORS lies below what a quarter of similar past
 * participants had reached by the same session (intake + the 25th percentile of change).
 */
export function belowCourse(
  band: CourseBand | undefined,
  totals: readonly number[],
): { session: number; latest: number; expected: number } | null {
  if (!band || totals.length < 2) return null;
  const point = band.points.find((p) => p.session === totals.length);
  if (!point) return null;
  const expected = Math.round((totals[0]! + point.p25) * 10) / 10;
  const latest = totals.at(-1)!;
  return latest < expected ? { session: totals.length, latest, expected } : null;
}
