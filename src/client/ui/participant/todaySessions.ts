import { localToday } from '../../localDate';
import { listFacts } from '../../storage/facts';
import { getTodaySessions, type TodaySession } from '../../storage/syncStore';
import { foldHistory } from '../../../domain/history';

/**
 * Today's group sessions the last sync brought that this phone has not rated: the home
 * screen offers the first, and stops once it is rated (a second rating would count twice).
 */
export async function unratedToday(): Promise<TodaySession[]> {
  const [all, facts] = await Promise.all([getTodaySessions(), listFacts()]);
  const rated = new Set(
    foldHistory(facts)
      .filter((v) => !v.withdrawn && v.rating.groupSession)
      .map((v) => v.rating.groupSession),
  );
  return all.filter((s) => s.heldOn === localToday() && !rated.has(s.code));
}
