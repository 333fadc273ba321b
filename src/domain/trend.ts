import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { TeamSettings } from '../shared/team';
import { ORS_RELIABLE_CHANGE } from './change';
import { series, type RatingView } from './history';

/**
 * The guide lines on a coach's trend chart: the ORS cutoff for the person's age and the
 * reliable-change band around the intake score; the SRS alliance line; the team's own
 * GSRS threshold. The same numbers the alerts use.
 */
export type GuideKind = 'cutoff' | 'reliableChange' | 'alliance' | 'team';

/** The guides on a trend; the reliable-change band is one guide with its two edges. */
export function trendGuides(
  def: InstrumentDefinition,
  views: readonly RatingView[],
  settings: TeamSettings,
  cutoff: number,
): { kind: GuideKind; values: number[] }[] {
  if (def.id === 'ors') {
    const intake = series(views, 'ors').find((v) => v.total !== null)?.total;
    const guides: { kind: GuideKind; values: number[] }[] = [{ kind: 'cutoff', values: [cutoff] }];
    if (intake != null)
      guides.push({
        kind: 'reliableChange',
        values: [
          Math.max(0, intake - ORS_RELIABLE_CHANGE),
          Math.min(40, intake + ORS_RELIABLE_CHANGE),
        ],
      });
    return guides;
  }
  if (def.id === 'srs') return [{ kind: 'alliance', values: [settings.srsTotalThreshold] }];
  if (def.id === 'gsrs') return [{ kind: 'team', values: [settings.gsrsThreshold] }];
  return [];
}
