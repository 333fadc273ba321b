import { Hono } from 'hono';
import { teamReport } from '../../domain/report/cohort';
import { publicReport, suppressAcrossTeams } from '../../domain/report/suppression';
import { requireStaff } from '../auth/staffSessions';
import { loadCohort, parseReportQuery } from '../reports';
import { saveTeamSettings, settingsOf } from '../teamSettings';
import { teamSettingsChangeSchema } from '../../shared/team';
import * as z from 'zod/mini';
import type { AppEnv, Deps } from './context';
import { apiError, readJson } from './errors';

/**
 * The organisation's view (a Samordningsförbund): the same report per team and in total,
 * every small cell hidden, never a participant. Each team's figures follow that team's
 * own definitions; the total follows the organisation's.
 */
export function federationRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.get('/federation/report', requireStaff(deps, 'organisation'), async (c) => {
    const { period, filter } = parseReportQuery(c.req.query());
    if (filter.groupId)
      return apiError(c, 400, 'validation_failed', 'Groups belong to one team.', [
        { path: 'groupId', message: 'not available across teams' },
      ]);
    const orgId = c.get('staff').teamId;
    const organisation = await db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    const teams = await db
      .selectFrom('organisation_teams')
      .innerJoin('teams', 'teams.id', 'organisation_teams.team_id')
      .select(['teams.id', 'teams.name'])
      .where('organisation_teams.organisation_id', '=', orgId)
      .orderBy('teams.name')
      .execute();
    const cohorts = await Promise.all(teams.map((t) => loadCohort(deps.store, t.id, period)));
    const settings = await Promise.all(teams.map((t) => settingsOf(deps.store, t.id)));
    const perTeam = teams.map((t, i) => ({
      id: t.id,
      name: t.name,
      report: publicReport(teamReport(cohorts[i]!, period, filter, settings[i]!)),
    }));
    const total = publicReport(
      teamReport(cohorts.flat(), period, filter, await settingsOf(deps.store, orgId)),
    );
    suppressAcrossTeams(
      perTeam.map((t) => t.report),
      total,
    );
    return c.json({ organisation, teams: perTeam, total });
  });

  // The organisation's own goal definition, for its total (each team keeps its own).
  const goalSchema = z.pick(teamSettingsChangeSchema, {
    goalExitReasons: true,
    dropoutsInDenominator: true,
  });
  app.get('/federation/settings', requireStaff(deps, 'organisation'), async (c) =>
    c.json({ settings: await settingsOf(deps.store, c.get('staff').teamId) }),
  );
  app.patch('/federation/settings', requireStaff(deps, 'organisation'), async (c) => {
    const change = await readJson(c, goalSchema);
    const { teamId, id } = c.get('staff');
    const settings = await saveTeamSettings(
      deps.store,
      teamId,
      { settings: change },
      id,
      deps.now(),
    );
    return c.json({ settings });
  });

  return app;
}
