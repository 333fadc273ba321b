import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, linkIdentity } from '../../src/server/teams/accounts';
import { launchOptions } from './browser.mjs';
import {
  addStaffAccount,
  axeViolations,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
  type RunningServer,
} from './harness';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  startIdentityProvider,
  type IdentityProvider,
} from './identityProvider';

/**
 * Staff sign in with their organisation's e-ID through a real OpenID provider: linked,
 * cancelled at the provider, and signed in there but not linked to anyone here.
 */
describe('single sign-on for staff', () => {
  let server: RunningServer;
  let provider: IdentityProvider;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveBuiltApp();
    provider = await startIdentityProvider(new URL('/api/auth/oidc/callback', server.url).href);
    server.config.oidc = {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      claim: 'email',
      scope: 'openid email',
      label: 'Logga in med SITHS-kort',
    };
    const team = await createTeam(server.store, 'Säter');
    await addStaffAccount(server, team, 'anna.coach@example.org');
    await addStaffAccount(server, team, 'bertil.coach@example.org');
    await addStaffAccount(server, team, 'lead@example.org', 'admin');
    await linkIdentity(server.store, 'anna.coach@example.org', 'anna@kommun.example');
    browser = await chromium.launch(launchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await server?.close();
  });

  async function atProvider(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'sv-SE' });
    // The provider's development page asks for a web font; nothing may leave this machine.
    await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(new URL('#/staff', server.url).href);
    await page.getByRole('link', { name: 'Logga in med SITHS-kort' }).click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    return page;
  }

  async function signInThere(page: Page, login: string) {
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.href.startsWith(server.url));
  }

  it('offers the e-ID button beside the password form, and passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'sv-SE' });
    await page.goto(new URL('#/staff', server.url).href);
    await page.getByRole('link', { name: 'Logga in med SITHS-kort' }).waitFor();
    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Eller logga in med e-post och lösenord' }).count(),
      )
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets a linked coach in, with a session that then works like any other', async () => {
    const page = await atProvider();
    await signInThere(page, 'anna');
    await page.getByRole('heading', { level: 1, name: 'Teamet' }).waitFor();
    await page.getByText('Inloggad som anna.coach@example.org').waitFor();
    // The session cookie came back across sites and is used by the app's own calls.
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
    expect(me).toBe(200);
    await page.context().close();
  });

  it('says so when the sign-in is cancelled at the provider', async () => {
    const page = await atProvider(360);
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL((url) => url.href.startsWith(server.url));
    await page
      .getByRole('alert')
      .filter({ hasText: 'Inloggningen avbröts eller nekades' })
      .waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(401);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets nobody in whose identity is not linked, and says what to ask for', async () => {
    const page = await atProvider();
    await signInThere(page, 'bertil');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Be teamets administratör koppla den' })
      .waitFor();
    expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(401);
    await page.context().close();
  });

  it('the team admin links an account on the team page; then that person gets in', async () => {
    const admin = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'sv-SE' });
    await signInAsStaff(admin, server, 'lead@example.org');
    await admin.goto(new URL('#/staff/team', server.url).href);
    const form = admin.getByRole('form', { name: 'Koppla e-legitimation' });
    await form.getByLabel('Konto').selectOption({ label: 'bertil.coach@example.org' });
    await form.getByLabel('E-legitimation (identitet)').fill('Bertil@Kommun.example');
    await form.getByRole('button', { name: 'Spara koppling' }).click();
    await admin.getByRole('status').filter({ hasText: 'Kopplingen är sparad.' }).waitFor();
    await admin.getByRole('cell', { name: 'bertil@kommun.example' }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    expect(await scrollsSideways(admin)).toBe(false);
    await admin.context().close();

    const page = await atProvider();
    await signInThere(page, 'bertil');
    await page.getByText('Inloggad som bertil.coach@example.org').waitFor();
    await page.context().close();
  });

  it('shows only the e-ID button where password sign-in is turned off', async () => {
    server.config.passwordSignIn = false;
    try {
      const page = await browser.newPage({ locale: 'sv-SE' });
      await page.goto(new URL('#/staff', server.url).href);
      await page.getByRole('link', { name: 'Logga in med SITHS-kort' }).waitFor();
      await expect.poll(() => page.getByLabel('Lösenord').count()).toBe(0);
      await page.close();
    } finally {
      server.config.passwordSignIn = true;
    }
  });
});
