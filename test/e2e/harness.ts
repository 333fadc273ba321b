import axe from 'axe-core';
import { type AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { freshProfileDir, launchOptions } from './browser.mjs';

/** Serves the built app (dist/) over real HTTP on a free port. */
export async function serveBuiltApp(): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
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
export function deviceStore(
  page: Page,
): Promise<{ facts: { type: string; instrument?: string }[]; outbox: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('stegvis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['facts', 'outbox']);
          const facts = tx.objectStore('facts').getAll();
          const outbox = tx.objectStore('outbox').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({
              facts: facts.result.map(
                (s: { fact: { type: string; instrument?: string } }) => s.fact,
              ),
              outbox: outbox.result.map(String),
            });
          };
        };
      }),
  );
}
