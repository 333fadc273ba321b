import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { TeamSettings } from '../shared/team';
import { ORS_RELIABLE_CHANGE } from './change';
import { series, type RatingView } from './history';

/**
 * The guide lines on a coach's trend chart: the ORS cutoff for the person's age and the
 * reliable-change band around the intake score; the SRS alliance line; the team's own
 * GSRS threshold. The same numbers the alerts use.
 */
export type GuideKind = 'cutoff' | 'rcHigh' | 'rcLow' | 'alliance' | 'team';

export function trendGuides(
  def: InstrumentDefinition,
  views: readonly RatingView[],
  settings: TeamSettings,
  cutoff: number,
): { kind: GuideKind; value: number }[] {
  if (def.id === 'ors') {
    const intake = series(views, 'ors').find((v) => v.total !== null)?.total;
    const guides: { kind: GuideKind; value: number }[] = [{ kind: 'cutoff', value: cutoff }];
    if (intake != null)
      guides.push(
        { kind: 'rcHigh', value: Math.min(40, intake + ORS_RELIABLE_CHANGE) },
        { kind: 'rcLow', value: Math.max(0, intake - ORS_RELIABLE_CHANGE) },
      );
    return guides;
  }
  if (def.id === 'srs') return [{ kind: 'alliance', value: settings.srsTotalThreshold }];
  if (def.id === 'gsrs') return [{ kind: 'team', value: settings.gsrsThreshold }];
  return [];
}
