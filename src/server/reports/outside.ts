import { outsideReports, type OutsideReports } from '../../domain/disclosure/outside';
import {
  outsidePeriod,
  reportingYear,
  type Span,
  type YearStart,
} from '../../domain/report/reportingYear';
import type { CohortParticipant } from '../../domain/report/cohort';
import type { Period, ReportFilter } from '../../shared/report';
import type { Store } from '../db/connect';
import { ClientError } from '../http/errors';
import { loadCohort } from './cohort';
import { settingsOf } from '../teams/settings';

/** The organisation a team belongs to (a team has at most one), or null. */
export async function organisationOf(store: Store, teamId: string) {
  const row = await store.db
    .selectFrom('organisation_teams')
    .innerJoin('teams', 'teams.id', 'organisation_teams.organisation_id')
    .select(['teams.id', 'teams.name'])
    .where('organisation_teams.team_id', '=', teamId)
    .orderBy('teams.id')
    .executeTakeFirst();
  return row ?? null;
}

/** Whose reporting year a team's outside reports follow: its organisation's, else its own. */
export async function reportingFor(store: Store, teamId: string) {
  const organisation = await organisationOf(store, teamId);
  const settings = await settingsOf(store, organisation?.id ?? teamId);
  return { organisation, yearStart: settings.reportingYearStart as YearStart };
}

/** Refuses filters and free periods outside the team, naming what is possible instead. */
function checkOutsideRequest(period: Period, filter: ReportFilter, start: YearStart) {
  const chosen = Object.keys(filter).filter((k) => filter[k as keyof ReportFilter]);
  if (chosen.length)
    throw new ClientError(
      400,
      'validation_failed',
      'Selections (gender, age band, referrer, group) are for the team only: two selections side by side can show one person.',
      chosen.map((path) => ({ path, message: 'not available outside the team' })),
    );
  const found = outsidePeriod(period, start);
  if (found) return found;
  const y = Number(period.from.slice(0, 4));
  const allowed = [y - 1, y].flatMap((first) => {
    const ry = reportingYear(first, start);
    return [ry.year, ...ry.halves];
  });
  throw new ClientError(
    400,
    'validation_failed',
    `Outside the team a report covers a reporting year (starting in ${start === 1 ? 'January' : 'July'}) or one of its halves.`,
    [{ path: 'from', message: 'not a reporting year or half', allowed }],
  );
}

export interface OutsideResult {
  span: Span;
  reports: OutsideReports;
  teams: { id: string; name: string }[];
  organisation: { id: string; name: string } | null;
  yearStart: YearStart;
}

/**
 * Everything that leaves the teams of one organisation (or one team without one) for the
 * reporting year the period belongs to, protected together.
 */
async function protectedYear(
  store: Store,
  organisation: { id: string; name: string } | null,
  teams: { id: string; name: string }[],
  period: Period,
  filter: ReportFilter,
): Promise<OutsideResult> {
  const own = await settingsOf(store, organisation?.id ?? teams[0]!.id);
  const yearStart = own.reportingYearStart as YearStart;
  const { year, span } = checkOutsideRequest(period, filter, yearStart);
  const people: CohortParticipant[] = [];
  const members: number[][] = [];
  for (const t of teams) {
    const cohort = await loadCohort(store, t.id, year.year);
    members.push(cohort.map((_, i) => people.length + i));
    people.push(...cohort);
  }
  const settings = await Promise.all(teams.map((t) => settingsOf(store, t.id)));
  const reports = outsideReports(
    people,
    teams.map((t, i) => ({
      key: t.id,
      name: t.name,
      members: members[i]!,
      settings: settings[i]!,
    })),
    year,
    organisation ? own : null,
  );
  return { span, reports, teams, organisation, yearStart };
}

export async function teamsOf(store: Store, organisationId: string) {
  return store.db
    .selectFrom('organisation_teams')
    .innerJoin('teams', 'teams.id', 'organisation_teams.team_id')
    .select(['teams.id', 'teams.name'])
    .where('organisation_teams.organisation_id', '=', organisationId)
    .orderBy('teams.name')
    .execute();
}

/** A team's report for its steering group: its column of its organisation's comparison. */
export async function steeringReport(
  store: Store,
  teamId: string,
  period: Period,
  filter: ReportFilter,
) {
  const organisation = await organisationOf(store, teamId);
  const teams = organisation
    ? await teamsOf(store, organisation.id)
    : await store.db.selectFrom('teams').select(['id', 'name']).where('id', '=', teamId).execute();
  const result = await protectedYear(store, organisation, teams, period, filter);
  const mine = result.reports.teams.find((t) => t.key === teamId)!;
  return { ...mine.reports[result.span], audience: 'steering' as const };
}

/** The organisation's comparison of its teams for a reporting year or half. */
export async function organisationReport(
  store: Store,
  organisation: { id: string; name: string },
  period: Period,
  filter: ReportFilter,
) {
  const teams = await teamsOf(store, organisation.id);
  if (!teams.length) throw new ClientError(404, 'not_found', 'The organisation has no teams yet.');
  return protectedYear(store, organisation, teams, period, filter);
}
