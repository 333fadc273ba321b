import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { pino, type Logger } from 'pino';
import { matchedRoutes } from 'hono/route';
import type { AppEnv, Deps } from './http/context';

/**
 * Structured JSON logs (pino) for the host's log system. A line says what happened and to
 * which request, never what a person wrote or rated: no bodies, no query strings, no
 * headers, no e-mail addresses or tokens. Paths are logged as their route pattern
 * (`/api/participants/:id`), so not even a pseudonymous id is in them.
 */
export function defaultLogger(): Logger {
  return pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'stegvis' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

/** A request id (the proxy's, when it sends a sane one), the route, status and time. */
export function requestLog(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    c.header('X-Request-Id', id);
    const started = performance.now();
    const log = deps.log.child({ req: id });
    c.set('log', log);
    await next();
    if (deps.lifecycle.draining) c.header('Connection', 'close');
    log.info({
      method: c.req.method,
      route: matchedRoutes(c)[c.req.routeIndex]?.path ?? '?',
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}
