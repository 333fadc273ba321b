import { INSTRUMENTS } from '../shared/instruments';
import type { Fact } from '../shared/rating';
import type { TeamSettings } from '../shared/team';
import type { ParticipantSummary } from '../shared/responses/participants';
import { alertsFor, openAlerts } from './alerts';
import type { CourseBand } from './expectedCourse';
import { reliableChange } from './change';
import { foldHistory, series } from './history';
import { ageInYear, teamOrsCutoff } from './thresholds';

/**
 * What the coach's participant list shows per person. The server computes it; the
 * client's trend view uses the same functions, so they cannot disagree.
 */
export type { ParticipantSummary };

export function summarizeParticipant(
  facts: readonly Fact[],
  birthYear: number,
  today: Date,
  settings: TeamSettings,
  acknowledged: readonly { alertId: string; ratingId: string }[] = [],
  course: readonly CourseBand[] = [],
): ParticipantSummary {
  const views = foldHistory(facts);
  const counted = views.filter((v) => !v.withdrawn);
  const ors = series(views, 'ors').filter((v) => v.total !== null);
  const intake = ors[0]?.total ?? null;
  const latest = ors.at(-1)?.total ?? null;
  const cutoff = teamOrsCutoff(INSTRUMENTS.ors, settings, ageInYear(birthYear, today));
  const change =
    intake !== null && latest !== null && ors.length > 1
      ? Math.round((latest - intake) * 10) / 10
      : null;
  return {
    // Sessions are days with at least one rating that still counts.
    sessions: new Set(counted.map((v) => v.rating.administeredAt.slice(0, 10))).size,
    latestOrs: latest,
    latestSrs: series(views, 'srs').at(-1)?.total ?? null,
    orsChange: change,
    orsChangeKind: change === null ? null : reliableChange(intake!, latest!),
    alerts: openAlerts(alertsFor(views, settings, cutoff, course), acknowledged),
    lastRatedAt: counted.reduce<string | null>(
      (last, v) =>
        last === null || v.rating.administeredAt > last ? v.rating.administeredAt : last,
      null,
    ),
  };
}
