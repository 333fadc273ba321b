import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { ApiError, ErrorCode } from '../../shared/api';
import { OLDEST_ACCEPTED_PROTOCOL, PROTOCOL_VERSION } from '../../shared/protocol';
import { hasControlCharacter } from '../../shared/text';

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  const body: ApiError = {
    error: details === undefined ? { code, message } : { code, message, details },
  };
  return c.json(body, status);
}

/** A client's mistake, thrown from deep inside a handler and answered as a 4xx. */
export class ClientError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Field-by-field problems, in a shape a form can show next to each field. */
export function issues(error: z.core.$ZodError) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/**
 * The path of the first string in a JSON value that holds a control character, or null.
 * Every text field of every body is checked here, so no name or note stores a NUL.
 */
export function controlCharacterAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? path || '(body)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterAt(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const found = controlCharacterAt(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  return null;
}

/** Reads a JSON body and validates it; every failure is the client's, answered with a 4xx. */
export async function readJson<T>(
  c: Context,
  schema: z.ZodMiniType<T>,
  /** Sync pushes check each fact on its own (a bad one is refused, the rest go through). */
  options: { perItem?: boolean } = {},
): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ClientError(
      415,
      'unsupported_media_type',
      'Send JSON with Content-Type: application/json.',
    );
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ClientError(400, 'bad_request', 'The body is not valid JSON.');
  }
  const control = options.perItem ? null : controlCharacterAt(raw);
  if (control)
    throw new ClientError(400, 'validation_failed', 'Text may not hold control characters.', [
      { path: control, message: 'control character' },
    ]);
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new ClientError(
      400,
      'validation_failed',
      'Some fields are missing or wrong.',
      issues(parsed.error),
    );
  return parsed.data;
}

/** A push in a protocol version this server does not take (it takes this one and the one before). */
export function protocolRefusal(c: Context, version: number) {
  if (version >= OLDEST_ACCEPTED_PROTOCOL && version <= PROTOCOL_VERSION) return null;
  return apiError(
    c,
    400,
    'protocol_unsupported',
    `Protocol ${version} is not supported; this server speaks ${OLDEST_ACCEPTED_PROTOCOL}–${PROTOCOL_VERSION}.`,
  );
}

/**
 * Every successful answer goes through its schema from shared/responses: the body must have
 * the schema's type to compile, and in the tests (NODE_ENV=test) it is also checked at run
 * time, so a route and its contract cannot drift apart unseen.
 */
export function reply<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  body: z.infer<S>,
  status: ContentfulStatusCode = 200,
) {
  if (process.env.NODE_ENV === 'test') schema.parse(body);
  return c.json(body as object, status);
}
