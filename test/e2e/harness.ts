import axe from 'axe-core';
import { type AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app';
import { createUser } from '../../src/server/teams/accounts';
import { loadConfig, type Config } from '../../src/server/config';
import { openStore, type Store } from '../../src/server/db/connect';
import { freshProfileDir, launchOptions } from './browser.mjs';

export interface RunningServer {
  url: string;
  store: Store;
  /** The running server's settings: a test may change them (e.g. turn on single sign-on). */
  config: Config;
  close(): Promise<void>;
}

/**
 * The real Stegvis server (built app + API, SQLite in a fresh directory) over real HTTP on
 * a free port. `close` stops it as a power cut would stop a phone's connection to it.
 */
export async function serveBuiltApp(): Promise<RunningServer> {
  const store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'stegvis-e2e-')) });
  const config: Config = { ...loadConfig({}), staticDir: 'dist' };
  const app = buildApp(store, config);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    config,
    close: async () => {
      if (closed) return;
      closed = true;
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}

/** A phone-sized Chromium with a profile of its own (real IndexedDB, real service worker). */
export async function phone(width = 390): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(freshProfileDir(), {
    ...launchOptions(),
    viewport: { width, height: 800 },
    locale: 'sv-SE',
  });
  context.setDefaultTimeout(10_000);
  return context;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.x A/AA and best practice; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
    }));
  });
}

/**
 * True when the page scrolls sideways (it must not, down to 320 px). Charts resize on the
 * frames after a layout change, so the layout gets a moment to settle before the verdict.
 */
export async function scrollsSideways(page: Page): Promise<boolean> {
  const fits = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth;
  await page.waitForFunction(fits, undefined, { timeout: 2000 }).catch(() => {});
  return !(await page.evaluate(fits));
}

/** What the participant's IndexedDB holds, read straight from the browser. */
export function deviceStore(page: Page): Promise<{
  facts: { type: string; instrument?: string }[];
  outbox: string[];
  tabletOutbox: string[];
}> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('stegvis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['facts', 'outbox', 'tabletOutbox']);
          const facts = tx.objectStore('facts').getAll();
          const outbox = tx.objectStore('outbox').getAllKeys();
          const tabletOutbox = tx.objectStore('tabletOutbox').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({
              facts: facts.result.map(
                (s: { fact: { type: string; instrument?: string } }) => s.fact,
              ),
              outbox: outbox.result.map(String),
              tabletOutbox: tabletOutbox.result.map(String),
            });
          };
        };
      }),
  );
}

export const STAFF_PASSWORD = 'correct horse battery staple';

/** A coach's API session over real HTTP, for setting up what a test needs. */
export async function coachApi(server: RunningServer, email: string) {
  const api = (path: string, init: RequestInit = {}) => fetch(new URL(path, server.url), init);
  const signIn = await api('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: STAFF_PASSWORD }),
  });
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const headers = {
    cookie: signIn.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': csrfToken,
    'content-type': 'application/json',
  };
  const post = async <T>(path: string, body?: unknown): Promise<T> =>
    (
      await api(path, {
        method: 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    ).json() as Promise<T>;
  return {
    post,
    headers,
    /** A read as the coach's browser makes it (it goes into the access log). */
    get: (path: string) => api(path, { headers }),
    async addParticipant(code: string, extra: Record<string, unknown> = {}): Promise<string> {
      const body = { code, gender: 'unknown', birthYear: 1985, intakeDate: '2026-08-01', ...extra };
      return (await post<{ participant: { id: string } }>('/api/participants', body)).participant
        .id;
    },
    invite: (participantId: string) =>
      post<{ link: string; shortCode: string }>(`/api/participants/${participantId}/invitations`),
  };
}

/** Signs in on the staff side of the app, as a coach or admin would, and waits for the team home. */
export async function signInAsStaff(page: Page, server: RunningServer, email: string) {
  await page.goto(new URL('#/staff', server.url).href);
  await page.getByRole('heading', { name: 'Logga in som personal' }).waitFor();
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Teamet' }).waitFor();
}

/** A staff account on a team, with the password the e2e tests sign in with. */
export async function addStaffAccount(
  server: RunningServer,
  teamId: string,
  email: string,
  role: 'admin' | 'coach' | 'organisation' = 'coach',
): Promise<void> {
  await createUser(server.store, teamId, { email, role, password: STAFF_PASSWORD });
}
