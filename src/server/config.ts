import * as z from 'zod/mini';

/** Server settings from the environment, validated at start-up with plain messages. */
const envSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65535)), 8080),
  HOST: z._default(z.string(), '0.0.0.0'),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  DATABASE_URL: z.optional(
    z.string().check(z.regex(/^postgres(ql)?:\/\//, 'must start with postgres://')),
  ),
  /** The address participants reach the server on, for invitation links. */
  PUBLIC_URL: z.optional(z.url()),
  /** Set when a proxy in front terminates TLS and sets X-Forwarded-Proto. */
  TRUST_PROXY: z._default(z.stringbool(), false),
  SESSION_IDLE_MINUTES: z._default(z.coerce.number().check(z.int(), z.gte(1)), 30),
  SESSION_MAX_HOURS: z._default(z.coerce.number().check(z.int(), z.gte(1)), 12),
  INVITATION_DAYS: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(30)), 7),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  invitationMs: number;
  /** Where the built PWA is served from. */
  staticDir: string;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (DATABASE_URL= in a unit file) means "not set", not "invalid".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    invitationMs: e.INVITATION_DAYS * 86_400_000,
    staticDir: 'dist',
  };
}
