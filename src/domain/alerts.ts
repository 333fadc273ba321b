import type { RatingView } from './history';
import { series } from './history';
import type { Alert, AlertId } from '../shared/responses/participants';
import type { TeamSettings } from '../shared/team';
import { reliableChange } from './change';
import { bandFor, belowCourse, type CourseBand } from './expectedCourse';

/**
 * Alerts for staff, never shown to participants. Each rule is data (condition, threshold,
 * explanation) so a coach can see why it fired, and the reports reuse the same functions.
 */
export type { Alert, AlertId };

/** How far a total fell, to one decimal like the totals (38.6 − 35.6 is 3, not 2.9999…). */
const drop = (from: number, to: number) => Math.round((from - to) * 10) / 10;

export function alertsFor(
  views: readonly RatingView[],
  settings: TeamSettings,
  cutoff: number,
  /** The team's own expected course, where the team has one (see expectedCourse). */
  course: readonly CourseBand[] = [],
): Alert[] {
  const alerts: Alert[] = [];
  const srs = series(views, 'srs');
  const latestSrs = srs.at(-1);
  if (latestSrs?.total != null) {
    const id = latestSrs.rating.id;
    if (latestSrs.total < settings.srsTotalThreshold)
      alerts.push({
        id: 'srsLow',
        severity: 'alert',
        ratingId: id,
        facts: { total: latestSrs.total, threshold: settings.srsTotalThreshold },
      });
    const low = Object.entries(latestSrs.rating.values).filter(
      ([, v]) => v < settings.srsItemThreshold,
    );
    if (low.length)
      alerts.push({
        id: 'srsItemLow',
        severity: 'alert',
        ratingId: id,
        facts: {
          items: low.map(([k]) => k).join(','),
          lowest: Math.min(...low.map(([, v]) => v)),
          threshold: settings.srsItemThreshold,
        },
      });
    const previous = srs.at(-2);
    if (previous?.total != null && drop(previous.total, latestSrs.total) >= settings.srsDropPoints)
      alerts.push({
        id: 'srsDrop',
        severity: 'alert',
        ratingId: id,
        facts: { from: previous.total, to: latestSrs.total, points: settings.srsDropPoints },
      });
  }

  const ors = series(views, 'ors').filter((v) => v.total !== null);
  const intake = ors[0];
  const latest = ors.at(-1);
  if (intake && latest) {
    if (intake.total! >= cutoff)
      alerts.push({
        id: 'intakeAboveCutoff',
        severity: 'note',
        ratingId: intake.rating.id,
        facts: { intake: intake.total!, cutoff },
      });
    if (ors.length > 1) {
      const change = reliableChange(intake.total!, latest.total!);
      if (drop(intake.total!, latest.total!) >= settings.orsDropPoints)
        alerts.push({
          id: 'orsDeteriorated',
          severity: 'alert',
          ratingId: latest.rating.id,
          facts: { intake: intake.total!, latest: latest.total!, points: settings.orsDropPoints },
        });
      const below = belowCourse(
        bandFor(course, intake.total!),
        ors.map((v) => v.total!),
      );
      if (below)
        alerts.push({
          id: 'belowCourse',
          severity: 'alert',
          ratingId: latest.rating.id,
          facts: below,
        });
      // Deterioration has its own alert; this one is for "still not reliably better".
      if (ors.length >= settings.noImprovementSessions && change === 'unchanged')
        alerts.push({
          id: 'noImprovement',
          severity: 'alert',
          ratingId: latest.rating.id,
          facts: { sessions: ors.length, after: settings.noImprovementSessions },
        });
    }
  }
  return alerts;
}

/**
 * The alerts a coach has not yet acknowledged. An acknowledgement closes one firing (the
 * rule on that rating); the same rule on a later rating is a new firing, open again.
 */
export function openAlerts(
  alerts: readonly Alert[],
  acknowledged: readonly { alertId: string; ratingId: string }[],
): Alert[] {
  const closed = new Set(acknowledged.map((a) => `${a.alertId} ${a.ratingId}`));
  return alerts.filter((a) => !closed.has(`${a.id} ${a.ratingId}`));
}
