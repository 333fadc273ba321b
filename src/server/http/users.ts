import { Hono } from 'hono';
import { requireStaff } from '../auth/staffSessions';
import {
  createUser,
  DuplicateEmailError,
  newUserSchema,
  WeakPasswordError,
} from '../teams/accounts';
import { userCreatedSchema, usersResponseSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/** A team admin manages the team's staff accounts; coaches cannot. */
export function userRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireStaff(deps, 'admin'));

  app.get('/', async (c) => {
    const rows = await deps.store.db
      .selectFrom('users')
      .select(['id', 'email', 'role', 'created_at'])
      .where('team_id', '=', c.get('staff').teamId)
      .orderBy('email')
      .execute();
    return reply(c, usersResponseSchema, {
      users: rows.map((u) => ({ id: u.id, email: u.email, role: u.role, createdAt: u.created_at })),
    });
  });

  app.post('/', async (c) => {
    const input = await readJson(c, newUserSchema);
    try {
      const id = await createUser(deps.store, c.get('staff').teamId, input, deps.now());
      return reply(
        c,
        userCreatedSchema,
        { user: { id, email: input.email, role: input.role } },
        201,
      );
    } catch (error) {
      if (error instanceof DuplicateEmailError) return apiError(c, 409, 'conflict', error.message);
      if (error instanceof WeakPasswordError)
        return apiError(c, 400, 'validation_failed', error.message, [
          { path: 'password', message: 'weak' },
        ]);
      throw error;
    }
  });

  return app;
}
