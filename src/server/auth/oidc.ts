import * as client from 'openid-client';
import type { OidcConfig } from '../config';
import type { Store } from '../db/connect';

/**
 * Staff single sign-on with OpenID Connect (openid-client): the authorization code flow
 * with PKCE, state and nonce. This is how a municipality's identity provider is reached
 * (Microsoft Entra ID, Inera's IdP with SITHS, Freja eID). A person is let in only when
 * the configured claim's value is linked to a staff account beforehand: an identity
 * provider vouches for who someone is, the team admin decides who works here.
 */

/** How long a sign-in may spend at the identity provider before it must start again. */
export const LOGIN_MAX_MS = 10 * 60_000;

/** The provider's metadata, fetched once (and again after a failure). */
let discovered: { key: string; config: Promise<client.Configuration> } | null = null;

function providerConfig(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}|${oidc.clientId}`;
  if (discovered?.key !== key) {
    const issuer = new URL(oidc.issuer);
    // Plain http only for a provider on this machine (the tests' own provider).
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    const config = client.discovery(
      issuer,
      oidc.clientId,
      oidc.clientSecret,
      undefined,
      loopback && issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {},
    );
    config.catch(() => (discovered = null));
    discovered = { key, config };
  }
  return discovered.config;
}

/** Starts a sign-in: stores state, PKCE verifier and nonce, and says where to send the browser. */
export async function beginLogin(
  store: Store,
  oidc: OidcConfig,
  redirectUri: string,
  now: Date,
): Promise<{ url: string; state: string }> {
  const config = await providerConfig(oidc);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  // Old unfinished sign-ins are cleared on the way, so the table stays small.
  await store.db
    .deleteFrom('oidc_logins')
    .where('created_at', '<', new Date(now.getTime() - LOGIN_MAX_MS).toISOString())
    .execute();
  await store.db
    .insertInto('oidc_logins')
    .values({ state, verifier, nonce, created_at: now.toISOString() })
    .execute();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: oidc.scope,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export type LoginOutcome =
  | { kind: 'identity'; identity: string }
  /** The person said no, or the provider refused them. */
  | { kind: 'refused' }
  /** Too old, replayed, from another browser, or the provider's answer did not check out. */
  | { kind: 'failed' };

/**
 * Finishes a sign-in from the provider's redirect. The state is used once: it is deleted
 * before the code is exchanged, so a replayed redirect finds nothing.
 */
export async function finishLogin(
  store: Store,
  oidc: OidcConfig,
  callbackUrl: URL,
  browserState: string | undefined,
  now: Date,
): Promise<LoginOutcome> {
  const state = callbackUrl.searchParams.get('state');
  if (!state || state !== browserState) return { kind: 'failed' };
  const login = await store.db
    .deleteFrom('oidc_logins')
    .where('state', '=', state)
    .returningAll()
    .executeTakeFirst();
  if (!login || Date.parse(login.created_at) < now.getTime() - LOGIN_MAX_MS)
    return { kind: 'failed' };
  if (callbackUrl.searchParams.has('error')) return { kind: 'refused' };
  try {
    const config = await providerConfig(oidc);
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: login.verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return { kind: 'failed' };
    let value: unknown = claims[oidc.claim];
    // Some providers put e-mail and names only in the userinfo answer.
    if (value === undefined && tokens.access_token)
      value = (await client.fetchUserInfo(config, tokens.access_token, claims.sub))[oidc.claim];
    if (typeof value !== 'string' || !value.trim()) return { kind: 'failed' };
    return { kind: 'identity', identity: normaliseIdentity(oidc.claim, value) };
  } catch (error) {
    if (error instanceof client.AuthorizationResponseError) return { kind: 'refused' };
    return { kind: 'failed' };
  }
}

/** E-mail claims compare without case; every other claim (oid, sub, HSA-id) exactly. */
export function normaliseIdentity(claim: string, value: string): string {
  const trimmed = value.trim();
  return /mail|upn|preferred_username/i.test(claim) ? trimmed.toLowerCase() : trimmed;
}
