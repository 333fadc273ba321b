import { Hono } from 'hono';
import { requireStaff } from '../auth/staffSessions';
import { reportCsv } from '../csv/reportCsv';
import { parseReportQuery, reportForTeam } from '../reports';
import type { AppEnv, Deps } from './context';

/** The team's report for a period: JSON for programs, CSV for Excel. Aggregates only. */
export function reportRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/reports/team', requireStaff(deps), async (c) => {
    const { period, filter, output } = parseReportQuery(c.req.query());
    const report = await reportForTeam(deps.store, c.get('staff').teamId, period, filter);
    if (output.format !== 'csv') return c.json(report);
    const name = `stegvis-rapport-${period.from}-${period.to}.csv`;
    return c.body(reportCsv(report, output.separator, output.lang), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    });
  });
  return app;
}
