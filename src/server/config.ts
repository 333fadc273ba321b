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
  /**
   * How many proxies in front are trusted (they terminate TLS, set X-Forwarded-Proto and
   * append to X-Forwarded-For): a number, or true for one. Default: none.
   */
  TRUST_PROXY: z._default(
    z
      .string()
      .check(z.regex(/^(true|false|\d{1,2})$/, 'must be true, false or a number of proxies')),
    'false',
  ),
  /** Whether staff may sign in with a password (false: e-ID through OpenID Connect only). */
  PASSWORD_SIGN_IN: z._default(z.stringbool(), true),
  OIDC_ISSUER: z.optional(z.url()),
  OIDC_CLIENT_ID: z.optional(z.string().check(z.minLength(1))),
  OIDC_CLIENT_SECRET: z.optional(z.string().check(z.minLength(1))),
  /** The claim that identifies the person and is linked to a staff account (default email). */
  OIDC_CLAIM: z._default(z.string().check(z.regex(/^[A-Za-z0-9_.:/-]{1,128}$/)), 'email'),
  OIDC_SCOPE: z._default(z.string(), 'openid email profile'),
  /** What the sign-in button says, e.g. "Logga in med SITHS". */
  OIDC_LABEL: z.optional(z.string().check(z.maxLength(60))),
  SESSION_IDLE_MINUTES: z._default(z.coerce.number().check(z.int(), z.gte(1)), 30),
  SESSION_MAX_HOURS: z._default(z.coerce.number().check(z.int(), z.gte(1)), 12),
  INVITATION_DAYS: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(30)), 7),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  claim: string;
  scope: string;
  label: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  /** True behind a trusted proxy (cookies Secure, HSTS). */
  trustProxy: boolean;
  trustProxyHops: number;
  passwordSignIn: boolean;
  oidc: OidcConfig | null;
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
  const hops = e.TRUST_PROXY === 'true' ? 1 : e.TRUST_PROXY === 'false' ? 0 : Number(e.TRUST_PROXY);
  if (!e.PASSWORD_SIGN_IN && !(e.OIDC_ISSUER && e.OIDC_CLIENT_ID))
    throw new Error(
      'Invalid configuration:\n  PASSWORD_SIGN_IN=false needs OIDC_ISSUER and OIDC_CLIENT_ID',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    publicUrl: e.PUBLIC_URL,
    trustProxy: hops > 0,
    trustProxyHops: hops,
    passwordSignIn: e.PASSWORD_SIGN_IN,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            claim: e.OIDC_CLAIM,
            scope: e.OIDC_SCOPE,
            label: e.OIDC_LABEL,
          }
        : null,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    invitationMs: e.INVITATION_DAYS * 86_400_000,
    staticDir: 'dist',
  };
}
