import type { RatingView } from '../../../domain/history';
import type { InstrumentId } from '../../../shared/instruments/definition';

export type NextStep =
  | { kind: 'groupSession'; code: string; groupName: string }
  | { kind: 'rate'; instrument: InstrumentId };

/**
 * What the home screen offers first, following a session's order: a group session held today
 * that this phone has not rated; else, when an ORS was saved today with no SRS after it, the
 * SRS ("after the session"); else the ORS ("before the session").
 */
export function nextStep(
  views: readonly RatingView[],
  unratedSessions: readonly { code: string; groupName: string }[],
  today: string,
  dayOf: (iso: string) => string,
): NextStep {
  const session = unratedSessions[0];
  if (session) return { kind: 'groupSession', code: session.code, groupName: session.groupName };
  const todays = views
    .filter((v) => !v.withdrawn && dayOf(v.rating.administeredAt) === today)
    .sort((a, b) => a.rating.administeredAt.localeCompare(b.rating.administeredAt));
  const lastOrs = todays.findLastIndex((v) => v.rating.instrument === 'ors');
  const srsAfter = todays.slice(lastOrs + 1).some((v) => v.rating.instrument === 'srs');
  return { kind: 'rate', instrument: lastOrs >= 0 && !srsAfter ? 'srs' : 'ors' };
}
