import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../auth/passwords';
import { endSession, requireStaff, startSession } from '../auth/staffSessions';
import { sessionResponseSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

const signInSchema = z.strictObject({
  email: z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email()),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});

/** The client's address; X-Forwarded-For only counts when a trusted proxy sets it. */
export function clientAddress(c: Context, deps: Deps): string {
  if (deps.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

export function authRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.post('/sign-in', async (c) => {
    const { email, password } = await readJson(c, signInSchema);
    const wait = Math.max(
      deps.limits.signInAddress.hit(clientAddress(c, deps)),
      deps.limits.signInEmail.hit(email),
    );
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(
        c,
        429,
        'rate_limited',
        `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
      );
    }
    const user = await deps.store.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
    if (!user || !ok) return apiError(c, 401, 'unauthenticated', 'Wrong e-mail or password.');
    if (needsRehash(user.password_hash))
      await deps.store.db
        .updateTable('users')
        .set({ password_hash: await hashPassword(password) })
        .where('id', '=', user.id)
        .execute();
    deps.limits.signInEmail.reset(email);
    const csrfToken = await startSession(c, deps, user.id);
    return reply(c, sessionResponseSchema, {
      user: { id: user.id, email: user.email, role: user.role, teamId: user.team_id },
      csrfToken,
    });
  });

  app.post('/sign-out', requireStaff(deps, 'any'), async (c) => {
    await endSession(c, deps, c.get('staff').sessionHash);
    return c.body(null, 204);
  });

  app.get('/me', requireStaff(deps, 'any'), (c) => {
    const { id, email, role, teamId, csrfToken } = c.get('staff');
    return reply(c, sessionResponseSchema, { user: { id, email, role, teamId }, csrfToken });
  });

  return app;
}
