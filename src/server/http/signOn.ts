import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { beginLogin, finishLogin, LOGIN_MAX_MS } from '../auth/oidc';
import { publicOrigin, startSession } from '../auth/staffSessions';
import { signInOptionsSchema } from '../../shared/responses/staff';
import type { AppEnv, Deps } from './context';
import { reply } from './errors';

/**
 * Single sign-on routes under `/api/auth`: which ways in this installation offers, the
 * start that sends the browser to the identity provider, and the callback it returns to.
 * The callback always ends on the app's sign-in screen, with `?sso=` saying what went wrong
 * when it did (the screen says it in the staff member's language).
 */
const STATE_COOKIE = 'stegvis_oidc';
const CALLBACK = '/api/auth/oidc/callback';

export type SignOnProblem = 'refused' | 'unlinked' | 'failed' | 'unavailable';

export function signOnRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const toApp = (c: Context, problem?: SignOnProblem) =>
    c.redirect(problem ? `/?sso=${problem}#/staff` : '/#/staff', 303);

  app.get('/options', (c) =>
    reply(c, signInOptionsSchema, {
      password: deps.config.passwordSignIn,
      sso: deps.config.oidc ? { label: deps.config.oidc.label ?? null } : null,
    }),
  );

  app.get('/oidc/start', async (c) => {
    const oidc = deps.config.oidc;
    if (!oidc) return toApp(c, 'unavailable');
    try {
      const origin = publicOrigin(c, deps);
      const { url, state } = await beginLogin(deps.store, oidc, origin + CALLBACK, deps.now());
      // Binds the sign-in to this browser: a callback carrying someone else's state is refused.
      // Lax, because the provider's redirect back is a cross-site navigation.
      setCookie(c, STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: origin.startsWith('https:'),
        path: CALLBACK,
        maxAge: LOGIN_MAX_MS / 1000,
      });
      return c.redirect(url, 303);
    } catch {
      c.get('log').warn({ event: 'sso_unavailable' });
      return toApp(c, 'unavailable');
    }
  });

  app.get('/oidc/callback', async (c) => {
    const oidc = deps.config.oidc;
    if (!oidc) return toApp(c, 'unavailable');
    const browserState = getCookie(c, STATE_COOKIE);
    deleteCookie(c, STATE_COOKIE, { path: CALLBACK });
    const url = new URL(CALLBACK, publicOrigin(c, deps));
    url.search = new URL(c.req.url).search;
    const outcome = await finishLogin(deps.store, oidc, url, browserState, deps.now());
    if (outcome.kind !== 'identity') {
      c.get('log').info({ event: 'sso_' + outcome.kind });
      return toApp(c, outcome.kind);
    }
    const user = await deps.store.db
      .selectFrom('users')
      .select(['id'])
      .where('identity', '=', outcome.identity)
      .executeTakeFirst();
    if (!user) {
      c.get('log').info({ event: 'sso_unlinked' });
      return toApp(c, 'unlinked');
    }
    await startSession(c, deps, user.id);
    c.get('log').info({ event: 'sign_in', method: 'oidc', user: user.id });
    return toApp(c);
  });

  return app;
}
