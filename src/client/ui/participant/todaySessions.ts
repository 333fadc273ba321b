import type { RatingView } from '../../../domain/history';
import type { TodaySession } from '../../storage/syncStore';

/**
 * Today's group sessions the last sync brought that this phone has not rated: the home
 * screen offers the first, and stops once it is rated (a second rating would count twice).
 */
export function unratedToday(
  all: readonly TodaySession[],
  views: readonly RatingView[],
  today: string,
): TodaySession[] {
  const rated = new Set(
    views.filter((v) => !v.withdrawn && v.rating.groupSession).map((v) => v.rating.groupSession),
  );
  return all.filter((s) => s.heldOn === today && !rated.has(s.code));
}
