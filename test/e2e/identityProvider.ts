import type { Server } from 'node:http';
import { freePort } from '../server/serverProcess';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (the `oidc-provider` package) on this machine, standing in for a
 * municipality's Entra ID or Inera's IdP. Its development login form lets anyone sign in
 * under any name; the person's e-mail is `<name>@kommun.example`. Consent is taken as given
 * for Stegvis, as an organisation's provider does for an app it has approved.
 */
export const CLIENT_ID = 'stegvis';
export const CLIENT_SECRET = 'a-client-secret-only-for-tests';

export interface IdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startIdentityProvider(redirectUri: string): Promise<IdentityProvider> {
  // The issuer must be known before the provider is made, so take a port first.
  const port = await freePort();
  // localhost, not 127.0.0.1: another site than Stegvis, as a real provider is, so the
  // session cookie is shown to work after a cross-site redirect back.
  const issuer = `http://localhost:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: `${id}@kommun.example`, email_verified: true }),
    }),
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['only-for-tests'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  // The development pages say so loudly on the console; they are what a test needs.
  provider.on('server_error', (_ctx, error) => console.error('identity provider:', error));
  const server = provider.listen(port) as unknown as Server;
  await new Promise((r) => server.once('listening', r));
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
