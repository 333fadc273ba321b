import { Hono } from 'hono';
import { requireStaff } from '../auth/staffSessions';
import { reportCsv } from '../reports/csv';
import { parseReportQuery } from '../reports/cohort';
import { reportWithPrevious } from '../reports/previous';
import { teamReportResponseSchema } from '../../shared/responses/reports';
import type { AppEnv, Deps } from './context';
import { apiError, reply } from './errors';

/**
 * The team's report for a period: JSON for programs, CSV for Excel. Aggregates only. With
 * `audience=steering`, only what may leave the team: the figures of the organisation's
 * protected comparison, for a reporting year or one of its halves.
 */
export function reportRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/team', requireStaff(deps), async (c) => {
    const { period, filter, output } = parseReportQuery(c.req.query());
    const teamId = c.get('staff').teamId;
    if (output.audience === 'organisation')
      return apiError(c, 400, 'validation_failed', 'A team reports to its steering group here.', [
        { path: 'audience', message: 'team or steering' },
      ]);
    const report = await reportWithPrevious(
      deps.store,
      teamId,
      output.audience ?? 'team',
      period,
      filter,
    );
    if (output.format !== 'csv') return reply(c, teamReportResponseSchema, report);
    const name = `stegvis-rapport-${report.audience}-${period.from}-${period.to}.csv`;
    return c.body(reportCsv(report, output.separator, output.lang), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    });
  });
  return app;
}
