import type { CohortParticipant, CohortRating } from '../../src/domain/report/cohort';
import type { ExitReason, Gender } from '../../src/shared/participant';

/** One participant for the report tests: sensible defaults, the facts under test given. */
export function person(over: Partial<CohortParticipant> & { ors?: [string, number][] } = {}) {
  const { ors = [], ...rest } = over;
  const ratings: CohortRating[] = ors.map(([date, total]) => ({ instrument: 'ors', date, total }));
  return {
    gender: 'woman' as Gender,
    birthYear: 1985,
    intakeDate: '2020-01-15',
    exitDate: null,
    exitReason: null,
    referrer: 'af',
    support: 'none_other',
    yearsInSupport: null as number | null,
    groupIds: [],
    ratings,
    ...rest,
  } satisfies CohortParticipant;
}

/** `count` people who exited on `exitDate` for `reason`. */
export function exits(
  count: number,
  reason: ExitReason,
  exitDate: string,
  over: Partial<CohortParticipant> = {},
): CohortParticipant[] {
  return Array.from({ length: count }, () => person({ exitDate, exitReason: reason, ...over }));
}
