import type { TeamSettings } from '../../shared/team';
import { exitedIn, type CohortParticipant } from '../report/cohort';
import { MIN_CELL } from './marks';
import type { ReportingYear } from '../report/reportingYear';
import { SPANS, type BlockEntity, type Span } from './model';
import { protect } from './protect';
import { publish, type PublicReport } from './publish';

export interface OutsideTeam {
  key: string;
  name: string;
  /** Indices into the organisation's list of people. */
  members: readonly number[];
  settings: TeamSettings;
}

export interface OutsideReports {
  teams: { key: string; name: string; reports: Record<Span, PublicReport> }[];
  /** Teams with fewer than 5 exits in the year, reported together (only when two or more). */
  others: { teams: string[]; reports: Record<Span, PublicReport> } | null;
  total: Record<Span, PublicReport> | null;
}

/**
 * Every report that leaves the teams of one organisation (or one team on its own, without
 * `organisation`) for a reporting year, protected together: each team's steering-group
 * report is its column in the organisation's comparison, so the two can be laid side by side
 * without giving anything away.
 */
export function outsideReports(
  people: readonly CohortParticipant[],
  teams: readonly OutsideTeam[],
  year: ReportingYear,
  organisation: TeamSettings | null,
): OutsideReports {
  const entities: BlockEntity[] = teams.map((t) => ({
    key: t.key,
    kind: 'team',
    members: t.members,
    settings: t.settings,
  }));
  const small = organisation
    ? teams.filter(
        (t) => t.members.filter((i) => exitedIn(people[i]!, year.year)).length < MIN_CELL,
      )
    : [];
  if (organisation && small.length >= 2)
    entities.push({
      key: 'others',
      kind: 'others',
      members: small.flatMap((t) => t.members),
      settings: organisation,
    });
  if (organisation)
    entities.push({
      key: 'total',
      kind: 'total',
      members: teams.flatMap((t) => t.members),
      settings: organisation,
    });
  const protection = protect(people, entities, year);
  const reportsOf = (key: string) => {
    const audience =
      key === 'total' || key === 'others' || organisation ? 'organisation' : 'steering';
    return Object.fromEntries(
      SPANS.map((span) => [
        span,
        publish(
          protection,
          protection.slots.findIndex((s) => s.entity.key === key && s.span === span),
          audience,
        ),
      ]),
    ) as Record<Span, PublicReport>;
  };
  return {
    teams: teams.map((t) => ({ key: t.key, name: t.name, reports: reportsOf(t.key) })),
    others: entities.some((e) => e.key === 'others')
      ? { teams: small.map((t) => t.key), reports: reportsOf('others') }
      : null,
    total: organisation ? reportsOf('total') : null,
  };
}
