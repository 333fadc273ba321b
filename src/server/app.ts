import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CSV_BODY_LIMIT_BYTES } from './http/csvImport';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { Limits } from './auth/limits';
import { defaultLogger, requestLog } from './log';
import { isTls } from './auth/staffSessions';
import type { Config } from './config';
import type { Store } from './db/connect';
import { authRoutes } from './http/auth';
import type { AppEnv, Deps } from './http/context';
import { healthSchema } from '../shared/api';
import { apiError, ClientError, reply } from './http/errors';
import { deviceRoutes } from './http/devices';
import { groupRoutes } from './http/groups';
import { groupSessionRoutes } from './http/groupSessions';
import { participantRoutes } from './http/participants';
import { staticRoutes } from './http/staticFiles';
import { syncRoutes } from './http/sync';
import { teamRoutes } from './http/team';
import { tabletRoutes } from './http/tablets';
import { reportRoutes } from './http/reports';
import { organisationRoutes } from './http/organisation';
import { userRoutes } from './http/users';

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP app without listening, so tests run it in-process. */
export function buildApp(
  store: Store,
  config: Config,
  now: () => Date = () => new Date(),
  options: { log?: Logger; lifecycle?: Deps['lifecycle'] } = {},
) {
  const deps: Deps = {
    store,
    config,
    now,
    limits: new Limits(store, now),
    log: options.log ?? defaultLogger(),
    lifecycle: options.lifecycle ?? { draining: false },
  };
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(deps));

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xContentTypeOptions: 'nosniff',
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    // The app needs none of the browser's powerful features; nothing embedded may ask either.
    c.header(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()',
    );
    if (isTls(c, deps))
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const tooLarge = (c: Context<AppEnv>, max: number) =>
    apiError(c, 413, 'payload_too_large', `The body is larger than ${max / 1024} KB.`);
  const counted = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => tooLarge(c as Context<AppEnv>, maxSize) });
  // A team's ratings history as CSV is the one large body an admin sends.
  const csvMax = CSV_BODY_LIMIT_BYTES + 1024;
  const small = counted(BODY_LIMIT_BYTES);
  const csv = counted(csvMax);
  app.use('/api/*', async (c, next) => {
    const isCsv = c.req.path.startsWith('/api/team/import/');
    const max = isCsv ? csvMax : BODY_LIMIT_BYTES;
    const length = c.req.header('content-length');
    // A declared length says enough (Node's parser holds the body to it). Hono's bodyLimit
    // first asks for the body stream, which makes the Node adapter build a full web
    // Request for every call: a fifth of a sync push's time. Chunked bodies are counted.
    if (length !== undefined && !c.req.header('transfer-encoding'))
      return Number(length) > max ? tooLarge(c, max) : next();
    return isCsv ? csv(c, next) : small(c, next);
  });

  // Liveness: the process answers. Readiness: the database answers and it is not stopping.
  app.get('/api/health', (c) => reply(c, healthSchema, { status: 'ok', database: store.dialect }));
  app.get('/api/health/ready', async (c) => {
    try {
      if (deps.lifecycle.draining) throw new Error('stopping');
      await sql`select 1`.execute(store.db);
      return reply(c, healthSchema, { status: 'ok', database: store.dialect });
    } catch {
      return reply(c, healthSchema, { status: 'unavailable', database: store.dialect }, 503);
    }
  });
  app.route('/api/auth', authRoutes(deps));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/participants', participantRoutes(deps));
  // One router per URL prefix: a route is found by its address.
  app.route('/api/devices', deviceRoutes(deps));
  app.route('/api/sync', syncRoutes(deps));
  app.route('/api/groups', groupRoutes(deps));
  app.route('/api/group-sessions', groupSessionRoutes(deps));
  app.route('/api/team', teamRoutes(deps));
  app.route('/api/tablet', tabletRoutes(deps));
  app.route('/api/reports', reportRoutes(deps));
  app.route('/api/organisation', organisationRoutes(deps));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route.'));
  app.route('/', staticRoutes(deps));

  app.onError((error, c) => {
    if (error instanceof ClientError)
      return apiError(c, error.status, error.code, error.message, error.details);
    // A database error's message can quote the row it refused (PostgreSQL's "Key (code)=…"),
    // so the log gets the error's kind and where it was thrown, not its message.
    const code = (error as { code?: unknown }).code;
    deps.log.error(
      {
        err: {
          type: error.name,
          code: typeof code === 'string' ? code : undefined,
          at: error.stack?.split('\n').slice(1, 6).join('\n'),
        },
      },
      'request failed',
    );
    return apiError(c, 500, 'internal', 'Something went wrong on the server. Nothing was changed.');
  });
  return app;
}
