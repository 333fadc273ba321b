import { Hono } from 'hono';
import { requireStaff } from '../auth/staffSessions';
import { accessLog, accessLogCsv } from '../teams/accessReview';
import { accessLogQuerySchema } from '../../shared/staff';
import { accessLogResponseSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { ClientError, issues, reply } from './errors';

/** `/api/team/access-log`: the team admin reviews who read whose data (JSON, CSV, a sample). */
export function accessLogRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireStaff(deps, 'admin'));
  app.get('/', async (c) => {
    const parsed = accessLogQuerySchema.safeParse(c.req.query());
    if (!parsed.success)
      throw new ClientError(
        400,
        'validation_failed',
        'Some filters are wrong.',
        issues(parsed.error),
      );
    const teamId = c.get('staff').teamId;
    if (parsed.data.format === 'csv')
      return c.body(await accessLogCsv(deps.store, teamId, parsed.data), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="stegvis-atkomstlogg.csv"',
      });
    return reply(c, accessLogResponseSchema, await accessLog(deps.store, teamId, parsed.data));
  });
  return app;
}
