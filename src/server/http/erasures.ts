import { Hono } from 'hono';
import { requireStaff } from '../auth/staffSessions';
import { dueForErasure, eraseParticipant, ErasureRefused } from '../teams/erasure';
import { settingsOf } from '../teams/settings';
import { erasureRequestSchema } from '../../shared/staff';
import { erasureResponseSchema, erasuresResponseSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/** Retention (`/api/team/erasures`): who is due, and the admin's recorded erasure decisions. */
export function erasureRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  app.use('*', requireStaff(deps, 'admin'));

  app.get('/', async (c) => {
    const teamId = c.get('staff').teamId;
    const today = deps.now().toISOString().slice(0, 10);
    const [settings, due, done] = await Promise.all([
      settingsOf(store, teamId),
      dueForErasure(store, teamId, today),
      store.db
        .selectFrom('erasures')
        .leftJoin('users', 'users.id', 'erasures.decided_by')
        .select([
          'erasures.id',
          'decision_ref',
          'decided_by',
          'users.email',
          'erased_at',
          'removed',
        ])
        .where('erasures.team_id', '=', teamId)
        .orderBy('erased_at', 'desc')
        .execute(),
    ]);
    return reply(c, erasuresResponseSchema, {
      retentionMonths: settings.retentionMonths,
      due,
      done: done.map((e) => ({
        id: e.id,
        decisionRef: e.decision_ref,
        decidedBy: e.email ?? e.decided_by,
        erasedAt: e.erased_at,
        removed: JSON.parse(e.removed) as Record<string, number>,
      })),
    });
  });

  app.post('/', async (c) => {
    const { code, decisionRef } = await readJson(c, erasureRequestSchema);
    const staff = c.get('staff');
    try {
      const erasure = await eraseParticipant(
        store,
        staff.teamId,
        code,
        decisionRef,
        staff.id,
        deps.now(),
      );
      c.get('log').info({ event: 'participant_erased' });
      return reply(
        c,
        erasureResponseSchema,
        { erasure: { ...erasure, decidedBy: staff.email } },
        201,
      );
    } catch (error) {
      if (error instanceof ErasureRefused)
        return apiError(c, 409, 'conflict', error.message, [{ path: 'code', message: 'refused' }]);
      throw error;
    }
  });
  return app;
}
