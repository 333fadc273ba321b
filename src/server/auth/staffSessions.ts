import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { apiError } from '../http/errors';
import type { AppEnv, Deps, StaffUser } from '../http/context';
import { hashSecret, newSecret } from './tokens';

/**
 * Staff sessions: a random secret in an HttpOnly, SameSite=Strict cookie (Secure behind
 * TLS), stored hashed, ending after idle time or an absolute maximum. Changes made with the
 * cookie must also carry the session's CSRF token in a header.
 */
const COOKIE = 'stegvis_session';
const SEEN_WRITE_INTERVAL_MS = 60_000;

export function isTls(c: Context, deps: Deps): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    (deps.config.trustProxy && c.req.header('x-forwarded-proto') === 'https')
  );
}

/** The address the browser sees: PUBLIC_URL, or the request as the trusted proxy forwarded it. */
export function publicOrigin(c: Context, deps: Deps): string {
  if (deps.config.publicUrl) return new URL(deps.config.publicUrl).origin;
  const url = new URL(c.req.url);
  if (deps.config.trustProxy) {
    const host = c.req.header('x-forwarded-host');
    if (host && /^[\w.-]+(:\d+)?$/.test(host)) url.host = host;
    if (isTls(c, deps)) url.protocol = 'https:';
  }
  return url.origin;
}

export async function startSession(c: Context, deps: Deps, userId: string): Promise<string> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const now = deps.now().toISOString();
  await deps.store.db
    .insertInto('staff_sessions')
    .values({
      id_hash: hashSecret(secret),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  setCookie(c, COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isTls(c, deps),
    path: '/',
    maxAge: Math.floor(deps.config.sessionMaxMs / 1000),
  });
  return csrfToken;
}

export async function endSession(c: Context, deps: Deps, sessionHash: string): Promise<void> {
  await deps.store.db.deleteFrom('staff_sessions').where('id_hash', '=', sessionHash).execute();
  deleteCookie(c, COOKIE, { path: '/' });
}

/** The signed-in staff member, or null; expired sessions are removed on the way. */
export async function currentStaff(c: Context, deps: Deps): Promise<StaffUser | null> {
  const secret = getCookie(c, COOKIE);
  if (!secret) return null;
  const idHash = hashSecret(secret);
  const row = await deps.store.db
    .selectFrom('staff_sessions')
    .innerJoin('users', 'users.id', 'staff_sessions.user_id')
    .select([
      'users.id',
      'users.team_id',
      'users.email',
      'users.role',
      'csrf_token',
      'staff_sessions.created_at',
      'last_seen_at',
    ])
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = deps.now().getTime();
  const idle = now - Date.parse(row.last_seen_at) > deps.config.sessionIdleMs;
  const tooOld = now - Date.parse(row.created_at) > deps.config.sessionMaxMs;
  if (idle || tooOld) {
    await endSession(c, deps, idHash);
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > SEEN_WRITE_INTERVAL_MS)
    await deps.store.db
      .updateTable('staff_sessions')
      .set({ last_seen_at: deps.now().toISOString() })
      .where('id_hash', '=', idHash)
      .execute();
  return {
    id: row.id,
    teamId: row.team_id,
    email: row.email,
    role: row.role,
    csrfToken: row.csrf_token,
    sessionHash: idHash,
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who may pass: 'team' = a team's coaches and admins (the default), 'admin' = a team admin,
 * 'organisation' = an organisation account (aggregates of its teams only), 'any' = anyone
 * signed in (who am I, sign out).
 */
export type StaffAccess = 'team' | 'admin' | 'organisation' | 'any';
const ALLOWED: Record<StaffAccess, readonly string[]> = {
  team: ['admin', 'coach'],
  admin: ['admin'],
  organisation: ['organisation'],
  any: ['admin', 'coach', 'organisation'],
};

/** Staff only. Changes also need the CSRF header, so another site cannot make them. */
export function requireStaff(deps: Deps, access: StaffAccess = 'team'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const staff = await currentStaff(c, deps);
    if (!staff) return apiError(c, 401, 'unauthenticated', 'Sign in first.');
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== staff.csrfToken)
      return apiError(
        c,
        403,
        'csrf_failed',
        'The request lacks a valid CSRF token. Reload the page and try again.',
      );
    if (!ALLOWED[access].includes(staff.role))
      return apiError(
        c,
        403,
        'forbidden',
        staff.role === 'organisation'
          ? 'An organisation account sees its teams’ aggregate reports only.'
          : 'Only a team admin may do this.',
      );
    c.set('staff', staff);
    await next();
  };
}
