import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deviceStore, phone, scrollsSideways, serveBuiltApp } from './harness';
import { ParticipantApp } from './participantPages';

/**
 * A participant on a bus: the first visit is online, then the server is gone and the
 * phone has no network. Steps run in order and share one browser profile.
 */
describe('participant app, offline after the first visit', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;
  let app: ParticipantApp;

  beforeAll(async () => {
    server = await serveBuiltApp();
    context = await phone(390);
    page = context.pages()[0] ?? (await context.newPage());
    app = new ParticipantApp(page);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close().catch(() => {});
  });

  it('first visit online installs the service worker and is installable', async () => {
    await app.openHome(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    // An attached CDP session stops Playwright's offline emulation from surviving a reload.
    await cdp.detach();
    expect(installabilityErrors).toEqual([]);
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ lang: 'sv', name: 'Stegvis', short_name: 'Stegvis' });
    expect(
      manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`),
    ).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('loads with the server stopped and the network off', async () => {
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Hej!' }).waitFor();
    expect(await page.getByRole('status').first().innerText()).toContain('inget nät');
  });

  it('fills in the ORS with the pointer and saves it offline', async () => {
    await app.choose('Hur har du haft det?');
    await app.tapLine('Jag själv', 0.25);
    await app.tapLine('Nära relationer', 0.5);
    await app.tapLine('Vardagen utanför hemmet', 0.62);
    await app.dragLine('Allt som allt', 0.1, 0.8);
    // No number on screen while marking; the slider tells assistive technology.
    expect(await page.locator('.vas-track').first().innerText()).toBe('');
    expect(await app.valueText('Jag själv')).toBe('2,5 av 10');
    expect(await app.valueText('Allt som allt')).toBe('8,0 av 10');
    await page.getByRole('button', { name: 'Gå vidare' }).click();
    await page.getByText('Summa').waitFor();
    expect(await page.locator('.review-row--total dd').innerText()).toBe('21,7 av 40');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'Sparat' }).waitFor();
  });

  it('fills in the SRS by keyboard only', async () => {
    await page.getByRole('button', { name: 'Till start' }).click();
    await page.getByRole('heading', { name: 'Hej!' }).waitFor();
    await app.focusSettled();
    await app.tabTo((el) => el.tag === 'A' && el.name.includes('Hur var samtalet?'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hur var samtalet?' }).waitFor();
    await app.focusSettled();
    const keys: Record<string, string[]> = {
      Relationen: ['End'],
      'Det vi pratade om': ['End', 'PageDown'],
      'Sättet vi jobbade på': ['End', 'ArrowLeft', 'ArrowLeft'],
      // An unmarked line is entered from the low end: 0, then eight whole points up.
      'Allt som allt': ['ArrowRight', ...Array<string>(8).fill('PageUp')],
    };
    for (const [item, presses] of Object.entries(keys)) {
      await app.tabTo((el) => el.role === 'slider' && el.name === item);
      for (const key of presses) await page.keyboard.press(key);
    }
    expect(await app.valueText('Sättet vi jobbade på')).toBe('9,8 av 10');
    await app.tabTo((el) => el.tag === 'BUTTON' && el.name === 'Gå vidare');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Stämmer det här?' }).waitFor();
    expect(await page.locator('.review-row--total dd').innerText()).toBe('36,8 av 40');
    await app.tabTo((el) => el.tag === 'BUTTON' && el.name === 'Spara');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sparat' }).waitFor();
  });

  it('keeps both ratings and their outbox entries after a reload, and shows them in My progress', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Sparat' }).or(page.locator('h1')).first().waitFor();
    const store = await deviceStore(page);
    expect(store.facts.map((f) => f.instrument).sort()).toEqual(['ors', 'srs']);
    expect(store.outbox).toHaveLength(2);

    await page.getByRole('link', { name: 'Stegvis' }).click();
    await page.getByRole('link', { name: /Min utveckling/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Min utveckling' }).waitFor();
    const ors = page.getByRole('table', { name: 'Dina svar på ”Hur har du haft det?”' });
    expect(await ors.locator('tbody td').first().innerText()).toBe('21,7');
    const srs = page.getByRole('table', { name: 'Dina svar på ”Hur var samtalet?”' });
    expect(await srs.locator('tbody td').first().innerText()).toBe('36,8');
    // chart.js arrives lazily, from the precache, with no network.
    await page.locator('canvas[aria-label^="Diagram: Hur har du haft det?"]').waitFor();
    expect(await page.getByText('Där många som mår bra brukar hamna').count()).toBeGreaterThan(0);
  });

  it('adds a note to a rating as a new fact', async () => {
    const ors = page.getByRole('table', { name: 'Dina svar på ”Hur har du haft det?”' });
    await ors.getByRole('button', { name: 'Lägg till anteckning' }).click();
    await page
      .getByRole('textbox', { name: /Anteckning till svaret/ })
      .fill('Flyttade den här veckan');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await ors.getByText('Flyttade den här veckan').waitFor();
    const store = await deviceStore(page);
    expect(store.facts.map((f) => f.type)).toContain('note');
    expect(store.outbox).toHaveLength(3);
  });

  it('switches to English and back, with numbers in the language too', async () => {
    await page.getByRole('button', { name: 'Språk' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const ors = page.getByRole('table', { name: 'Your answers to “How have you been?”' });
    expect(await ors.locator('tbody td').first().innerText()).toBe('21.7');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('button', { name: 'Svenska', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Min utveckling' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  it('makes a weekly calendar reminder on the phone, offline, with no push service', async () => {
    await page.goto(new URL('#/', page.url()).href);
    await page.getByRole('heading', { name: 'Hej!' }).waitFor();
    await page.getByText('Påminnelse i din kalender').click();
    await page.getByLabel('Dag').selectOption({ label: 'onsdag' });
    await page.getByLabel('Tid').fill('09:30');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lägg till i kalendern' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stegvis-paminnelse.ics');
    const file = readFileSync((await download.path())!, 'utf8');
    const lines = file.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE');
    expect(lines).toContain('SUMMARY:Skatta i Stegvis');
    expect(lines.find((l) => l.startsWith('DTSTART:'))).toMatch(/^DTSTART:\d{8}T093000$/);
    await page.getByRole('status').filter({ hasText: 'Öppna filen' }).waitFor();
  });

  it('asks before a half-filled form is left, and keeps it when the answer is no', async () => {
    await page.goto(new URL('#/rate/ors', page.url()).href);
    await app.tapLine('Jag själv', 0.4);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Stegvis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur har du haft det?' }).waitFor();
    expect(await app.valueText('Jag själv')).toBe('4,0 av 10');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Stegvis' }).click();
    await page.getByRole('heading', { name: 'Hej!' }).waitFor();
  });

  const screens: [string, () => Promise<unknown>][] = [
    ['home', () => page.goto(new URL('#/', page.url()).href)],
    ['ORS', () => page.goto(new URL('#/rate/ors', page.url()).href)],
    ['SRS', () => page.goto(new URL('#/rate/srs', page.url()).href)],
    ['GSRS', () => page.goto(new URL('#/rate/gsrs', page.url()).href)],
    ['scale', () => page.goto(new URL('#/rate/scale', page.url()).href)],
    ['life compass', () => page.goto(new URL('#/rate/compass', page.url()).href)],
    [
      'ORS with missing items',
      async () => {
        await page.goto(new URL('#/rate/ors', page.url()).href);
        await page.getByRole('button', { name: 'Gå vidare' }).click();
        await page.getByRole('alert').waitFor();
      },
    ],
    [
      'progress',
      async () => {
        await page.goto(new URL('#/progress', page.url()).href);
        await page.locator('canvas').first().waitFor();
      },
    ],
  ];

  it.each(screens)('axe-core finds no violations on %s', async (_, open) => {
    await open();
    await page.locator('h1').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(screens)('%s does not scroll sideways at 320 px, nor at 200 %% text', async (_, open) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open();
    await page.locator('h1').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
    expect(await scrollsSideways(page)).toBe(false);
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  });
});
