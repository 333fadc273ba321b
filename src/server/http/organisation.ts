import { Hono } from 'hono';
import { DISCLOSURE_RULE } from '../../domain/disclosure/marks';
import { requireStaff } from '../auth/staffSessions';
import { organisationCsv } from '../reports/csv';
import { organisationReport } from '../reports/outside';
import { parseReportQuery } from '../reports/cohort';
import { saveTeamSettings, settingsOf } from '../teams/settings';
import { teamSettingsChangeSchema } from '../../shared/team';
import * as z from 'zod/mini';
import { organisationReportSchema } from '../../shared/responses/reports';
import { settingsResponseSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { readJson, reply } from './errors';
import { questionnaireRoutes } from './questionnaires';

/**
 * The organisation's view (a Samordningsförbund): each team's protected report side by side
 * with the total (teams with fewer than 5 exits in the year together as "other teams" when
 * there are two or more), never a participant. Each team's figures follow that team's own
 * definitions; the total follows the organisation's. A team's steering-group report is its
 * column here.
 */
export function organisationRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.route('/questionnaires', questionnaireRoutes(deps, 'organisation'));
  app.get('/report', requireStaff(deps, 'organisation'), async (c) => {
    const { period, filter, output } = parseReportQuery(c.req.query());
    const orgId = c.get('staff').teamId;
    const organisation = await db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    const result = await organisationReport(deps.store, organisation, period, filter);
    const { reports, span } = result;
    const grouped = new Set(reports.others?.teams ?? []);
    const body = {
      audience: 'organisation' as const,
      organisation,
      period,
      span,
      yearStart: result.yearStart,
      disclosure: DISCLOSURE_RULE,
      teams: reports.teams
        .filter((t) => !grouped.has(t.key))
        .map((t) => ({ id: t.key, name: t.name, report: t.reports[span] })),
      others: reports.others && {
        teams: reports.teams
          .filter((t) => grouped.has(t.key))
          .map((t) => ({ id: t.key, name: t.name })),
        report: reports.others.reports[span],
      },
      total: reports.total![span],
    };
    if (output.format !== 'csv') return reply(c, organisationReportSchema, body);
    return c.body(organisationCsv(body, output.separator, output.lang), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="stegvis-forbund-${period.from}-${period.to}.csv"`,
    });
  });

  // The organisation's own goal definition, for its total (each team keeps its own).
  const goalSchema = z.pick(teamSettingsChangeSchema, {
    goalExitReasons: true,
    dropoutsInDenominator: true,
    reportingYearStart: true,
  });
  app.get('/settings', requireStaff(deps, 'organisation'), async (c) =>
    reply(c, settingsResponseSchema, {
      settings: await settingsOf(deps.store, c.get('staff').teamId),
    }),
  );
  app.patch('/settings', requireStaff(deps, 'organisation'), async (c) => {
    const change = await readJson(c, goalSchema);
    const { teamId, id } = c.get('staff');
    const settings = await saveTeamSettings(
      deps.store,
      teamId,
      { settings: change },
      id,
      deps.now(),
    );
    return reply(c, settingsResponseSchema, { settings });
  });

  return app;
}
