import { EXIT_REASONS, GENDERS, REFERRERS, type ExitReason } from '../../shared/participant';
import { AGE_BANDS, type AgeBand } from '../../shared/report';
import type { ExitTables } from '../../shared/responses/reports';
import { percent } from './statistics';

/** The referrer keys a report lists: every referrer, and `unknown` where none is recorded. */
export const REFERRER_KEYS = [...REFERRERS, 'unknown'] as const;

interface Exited {
  gender: (typeof GENDERS)[number];
  exitReason: ExitReason | null;
  referrer: string | null;
  band: AgeBand;
  reached: boolean;
}

const grid = <R extends string, C extends string>(
  rows: readonly R[],
  cols: readonly C[],
  count: (r: R, c: C) => number,
) =>
  Object.fromEntries(
    rows.map((r) => [r, Object.fromEntries(cols.map((c) => [c, count(r, c)]))]),
  ) as Record<R, Record<C, number>>;

/**
 * The cross-tables a steering group and an annual report ask for: exits by reason × gender,
 * by age band at intake (alone and × reason), and per referrer how many exits reached the
 * team's goal (share of that referrer's exits, all exit reasons counted).
 */
export function exitTables(exited: readonly Exited[]): ExitTables {
  const reason = (p: Exited) => p.exitReason ?? 'other';
  const n = (f: (p: Exited) => boolean) => exited.filter(f).length;
  return {
    byReasonAndGender: grid(EXIT_REASONS, GENDERS, (r, g) =>
      n((p) => reason(p) === r && p.gender === g),
    ),
    byAgeBand: Object.fromEntries(AGE_BANDS.map((b) => [b, n((p) => p.band === b)])) as Record<
      AgeBand,
      number
    >,
    byReasonAndAgeBand: grid(EXIT_REASONS, AGE_BANDS, (r, b) =>
      n((p) => reason(p) === r && p.band === b),
    ),
    byReferrer: Object.fromEntries(
      REFERRER_KEYS.map((k) => {
        const own = exited.filter((p) => (p.referrer ?? 'unknown') === k);
        const goalReached = own.filter((p) => p.reached).length;
        return [k, { total: own.length, goalReached, percent: percent(goalReached, own.length) }];
      }),
    ),
  };
}
