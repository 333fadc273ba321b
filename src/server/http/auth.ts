import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../auth/passwords';
import { limitKeys, POLICIES } from '../auth/limits';
import { endSession, requireStaff, startSession } from '../auth/staffSessions';
import { sessionResponseSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { signOnRoutes } from './signOn';
import { apiError, readJson, reply } from './errors';

const signInSchema = z.strictObject({
  email: z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email()),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});

/**
 * The client's address. Behind N trusted proxies (TRUST_PROXY=N), each appends the address
 * it saw to X-Forwarded-For, so the client is the entry the outermost trusted proxy
 * appended: the Nth from the right. Entries left of it are the client's to write.
 */
export function clientAddress(c: Context, deps: Deps): string {
  const hops = deps.config.trustProxyHops;
  if (hops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const appended = entries[entries.length - hops];
    if (appended) return appended;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

/**
 * How long this sign-in must wait: the account from this address, this address trying many
 * accounts, and the account's ceiling, which does not hold an address it has used before.
 */
async function signInWait(deps: Deps, email: string, address: string): Promise<number> {
  const [pair, fromAddress, account, known] = await Promise.all([
    deps.limits.waitSeconds(limitKeys.pair(email, address)),
    deps.limits.waitSeconds(limitKeys.address(address)),
    deps.limits.waitSeconds(limitKeys.account(email)),
    deps.limits.known(limitKeys.knownAddress(email, address)),
  ]);
  return Math.max(pair, fromAddress, known ? 0 : account);
}

export function authRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.post('/sign-in', async (c) => {
    const { email, password } = await readJson(c, signInSchema);
    if (!deps.config.passwordSignIn)
      return apiError(c, 403, 'forbidden', 'This installation signs staff in with e-ID only.');
    const address = clientAddress(c, deps);
    const wait = await signInWait(deps, email, address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(
        c,
        429,
        'rate_limited',
        wait < 120
          ? `Too many sign-in attempts. Try again in ${wait} seconds.`
          : `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
      );
    }
    const user = await deps.store.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
    if (!user || !ok) {
      await Promise.all([
        deps.limits.fail(limitKeys.pair(email, address), POLICIES.signInPair),
        deps.limits.fail(limitKeys.account(email), POLICIES.signInAccount),
        deps.limits.fail(limitKeys.address(address), POLICIES.signInAddress),
      ]);
      deps.log.info({ event: 'sign_in_failed' });
      return apiError(c, 401, 'unauthenticated', 'Wrong e-mail or password.');
    }
    if (needsRehash(user.password_hash))
      await deps.store.db
        .updateTable('users')
        .set({ password_hash: await hashPassword(password) })
        .where('id', '=', user.id)
        .execute();
    await deps.limits.reset(limitKeys.pair(email, address));
    await deps.limits.remember(limitKeys.knownAddress(email, address));
    deps.log.info({ event: 'sign_in', user: user.id });
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

  // Single sign-on lives in a file of its own, under the same prefix.
  app.route('/', signOnRoutes(deps));
  return app;
}
