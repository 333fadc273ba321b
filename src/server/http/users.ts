import { Hono } from 'hono';
import { requireStaff } from '../auth/staffSessions';
import {
  createUser,
  DuplicateEmailError,
  IdentityTakenError,
  linkIdentity,
  newUserSchema,
  WeakPasswordError,
} from '../teams/accounts';
import { userCreatedSchema, usersResponseSchema } from '../../shared/responses/staff';
import { identityLinkSchema } from '../../shared/staff';
import { normaliseIdentity } from '../auth/oidc';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/** A team admin manages the team's staff accounts; coaches cannot. */
export function userRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireStaff(deps, 'admin'));

  app.get('/', async (c) => {
    const rows = await deps.store.db
      .selectFrom('users')
      .select(['id', 'email', 'role', 'created_at', 'identity'])
      .where('team_id', '=', c.get('staff').teamId)
      .orderBy('email')
      .execute();
    return reply(c, usersResponseSchema, {
      users: rows.map((u) => ({
        id: u.id,
        email: u.email,
        role: u.role,
        createdAt: u.created_at,
        identity: u.identity,
      })),
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

  app.put('/:id/identity', async (c) => {
    const { identity } = await readJson(c, identityLinkSchema);
    const user = await deps.store.db
      .selectFrom('users')
      .select('email')
      .where('id', '=', c.req.param('id'))
      .where('team_id', '=', c.get('staff').teamId)
      .executeTakeFirst();
    if (!user) return apiError(c, 404, 'not_found', 'No such staff member in this team.');
    const value = identity && normaliseIdentity(deps.config.oidc?.claim ?? 'email', identity);
    try {
      await linkIdentity(deps.store, user.email, value);
    } catch (error) {
      // Whose it is stays unsaid: it may be someone in another team.
      if (error instanceof IdentityTakenError)
        return apiError(c, 409, 'conflict', 'That identity is linked to another account.');
      throw error;
    }
    c.get('log').info({ event: value ? 'identity_linked' : 'identity_unlinked' });
    return c.body(null, 204);
  });

  return app;
}
