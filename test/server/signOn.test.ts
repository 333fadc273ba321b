import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  startIdentityProvider,
  type IdentityProvider,
} from '../e2e/identityProvider';
import { freePort } from './serverProcess';
import {
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type TestServer,
} from './testServer';

/**
 * The single sign-on redirects against a real OpenID provider, checked where a browser
 * test cannot see: what the start sends, and that a callback must carry this browser's
 * state, once, in time. The whole sign-in in Chromium is in test/e2e/singleSignOn.
 */
const PUBLIC_URL = 'https://stegvis.kommun.example';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

describe.each(DATABASES)('single sign-on on %s', (kind) => {
  let provider: IdentityProvider;
  let server: TestServer;
  beforeAll(async () => {
    provider = await startIdentityProvider(CALLBACK);
    server = await startTestServer(kind, {
      config: {
        publicUrl: PUBLIC_URL,
        oidc: {
          issuer: provider.issuer,
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          claim: 'email',
          scope: 'openid email',
          label: undefined,
        },
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  async function start() {
    const res = await server.request('/api/auth/oidc/start');
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    return { location: new URL(res.headers.get('location')!), cookie };
  }

  const callback = (query: string, cookie?: string) =>
    server.request(`/api/auth/oidc/callback?${query}`, {
      headers: cookie ? { cookie: cookie.split(';')[0]! } : {},
    });
  const problem = (res: Response) =>
    new URL(res.headers.get('location')!, PUBLIC_URL).searchParams.get('sso');

  it('says which ways in there are', async () => {
    const res = await server.request('/api/auth/options');
    expect(await res.json()).toEqual({ password: true, sso: { label: null } });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const { location, cookie } = await start();
    expect(location.origin).toBe(provider.issuer);
    const q = location.searchParams;
    expect(q.get('client_id')).toBe(CLIENT_ID);
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    // The verifier stays on the server; the browser sees only its challenge.
    const stored = await server.store.db.selectFrom('oidc_logins').selectAll().execute();
    expect(stored.map((s) => s.state)).toContain(q.get('state'));
    expect(location.href).not.toContain(stored[0]!.verifier);
  });

  it('refuses a callback without this browser’s state cookie', async () => {
    const { location } = await start();
    const res = await callback(`state=${location.searchParams.get('state')}&code=abc`);
    expect(problem(res)).toBe('failed');
    expect(res.headers.get('set-cookie') ?? '').not.toContain('stegvis_session=');
  });

  it('uses a state once: a forged code fails, and the replay finds nothing', async () => {
    const { location, cookie } = await start();
    const state = location.searchParams.get('state')!;
    expect(problem(await callback(`state=${state}&code=forged`, cookie))).toBe('failed');
    const left = await server.store.db
      .selectFrom('oidc_logins')
      .select('state')
      .where('state', '=', state)
      .execute();
    expect(left).toEqual([]);
    expect(problem(await callback(`state=${state}&code=forged`, cookie))).toBe('failed');
  });

  it('tells a refusal at the provider from a failure', async () => {
    const { location, cookie } = await start();
    const state = location.searchParams.get('state')!;
    expect(problem(await callback(`error=access_denied&state=${state}`, cookie))).toBe('refused');
  });

  it('expires a sign-in left at the provider for more than ten minutes', async () => {
    const { location, cookie } = await start();
    server.clock.now = new Date(server.clock.now.getTime() + 11 * 60_000);
    const state = location.searchParams.get('state')!;
    expect(problem(await callback(`state=${state}&code=late`, cookie))).toBe('failed');
    server.clock.now = new Date();
  });
});

describe.each(DATABASES)('linking identities on %s', (kind) => {
  it('lets a team admin link their own team’s accounts, once per identity', async () => {
    const server = await startTestServer(kind);
    const x = await addTeam(server, 'X');
    const y = await addTeam(server, 'Y');
    await addStaff(server, x, 'admin.x@example.org', 'admin');
    await addStaff(server, x, 'coach.x@example.org');
    await addStaff(server, y, 'admin.y@example.org', 'admin');
    const adminX = await signIn(server, 'admin.x@example.org');
    const adminY = await signIn(server, 'admin.y@example.org');
    const users = (await (await server.request('/api/users', { headers: adminX.headers })).json())
      .users as { id: string; email: string; identity: string | null }[];
    const coach = users.find((u) => u.email === 'coach.x@example.org')!;
    expect(coach.identity).toBeNull();
    const link = (staff: typeof adminX, id: string, identity: string | null) =>
      server.request(`/api/users/${id}/identity`, {
        method: 'PUT',
        headers: staff.headers,
        json: { identity },
      });
    expect((await link(adminX, coach.id, ' Coach.X@Kommun.example ')).status).toBe(204);
    const after = (await (await server.request('/api/users', { headers: adminX.headers })).json())
      .users as { email: string; identity: string | null }[];
    expect(after.find((u) => u.email === 'coach.x@example.org')!.identity).toBe(
      'coach.x@kommun.example',
    );
    // Another team's admin cannot touch it, nor learn whose an identity is.
    expect((await link(adminY, coach.id, 'someone@kommun.example')).status).toBe(404);
    const yUsers = (await (await server.request('/api/users', { headers: adminY.headers })).json())
      .users as { id: string }[];
    const taken = await link(adminY, yUsers[0]!.id, 'coach.x@kommun.example');
    expect(taken.status).toBe(409);
    expect(JSON.stringify(await taken.json())).not.toContain('coach.x@example.org');
    expect((await link(adminX, coach.id, null)).status).toBe(204);
    await server.close();
  });
});

describe('single sign-on with the provider down', () => {
  it('sends the browser back with "unavailable", not an error page', async () => {
    const port = await freePort();
    const server = await startTestServer('sqlite', {
      config: {
        oidc: {
          issuer: `http://127.0.0.1:${port}`,
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          claim: 'email',
          scope: 'openid',
          label: undefined,
        },
      },
    });
    const res = await server.request('/api/auth/oidc/start');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?sso=unavailable#/staff');
    await server.close();
  });
});
