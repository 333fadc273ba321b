import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, serveBuiltApp } from './harness';
import { ParticipantApp } from './participantPages';

/**
 * What a participant met on a 360 px phone before: a new phone that hid "join" below the
 * fold, no word that offline use was ready, an open app that never found an update, dead
 * numbers under a 0–10 scale, and a half-filled form lost on reload.
 */
describe('the participant screens on a new phone', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;
  let app: ParticipantApp;

  beforeAll(async () => {
    server = await serveBuiltApp();
    context = await phone(360);
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 360, height: 740 });
    // Leaving a half-filled form asks first; this participant always says yes.
    page.on('dialog', (d) => void d.accept());
    // Counts the app's own update checks (the browser fetches sw.js outside the page).
    await page.addInitScript(() => {
      const update = ServiceWorkerRegistration.prototype.update;
      ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
        const w = window as unknown as { updateChecks?: number };
        w.updateChecks = (w.updateChecks ?? 0) + 1;
        return update.call(this);
      };
    });
    app = new ParticipantApp(page);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('offers joining the team on the first screen, and says when offline use is ready', async () => {
    await app.openHome(server.url);
    const join = page.getByRole('link', { name: 'Koppla till ditt team' });
    const box = (await join.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(740);
    await page.getByText('Nu fungerar Stegvis även utan nät.').waitFor();
  });

  it('looks for an update when the app comes back into view', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const checks = () =>
      page.evaluate(() => (window as unknown as { updateChecks?: number }).updateChecks ?? 0);
    const before = await checks();
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(await checks()).toBe(before + 1);
  });

  it('chooses a number on the 0–10 scale by tapping it, and each number sits on its mark', async () => {
    await app.choose('Min skala');
    const slider = page.getByRole('slider', { name: 'Var är du nu?' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('Inte markerad');
    const line = (await slider.locator('.vas-line').boundingBox())!;
    const ticks = slider.locator('.vas-tick');
    for (const n of [0, 3, 7, 10]) {
      const tick = (await ticks.nth(n).boundingBox())!;
      expect(Math.abs(tick.x + tick.width / 2 - (line.x + (line.width * n) / 10))).toBeLessThan(2);
    }
    await ticks.nth(7).click();
    expect(await slider.getAttribute('aria-valuetext')).toBe('7 av 10');
  });

  it('keeps a half-filled form through a reload and offers it back', async () => {
    await page.goto(new URL('#/rate/ors', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Hur har du haft det?' }).waitFor();
    await app.tapLine('Jag själv', 0.3);
    await app.tapLine('Nära relationer', 0.8);
    // The draft is written after a short pause; the tab is then "killed".
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByRole('heading', { name: 'Fortsätt där du var?' }).waitFor();
    expect(await app.valueText('Jag själv')).toBe('Inte markerad');
    await page.getByRole('button', { name: 'Fortsätt där du var' }).click();
    expect(await app.valueText('Jag själv')).toBe('3,0 av 10');
    expect(await app.valueText('Nära relationer')).toBe('8,0 av 10');
    // Saved: nothing is offered again.
    await app.tapLine('Vardagen utanför hemmet', 0.5);
    await app.tapLine('Allt som allt', 0.5);
    await app.save();
    await page.getByRole('button', { name: 'Till start' }).click();
    await app.choose('Hur har du haft det?');
    await page.waitForTimeout(300);
    expect(await page.getByRole('heading', { name: 'Fortsätt där du var?' }).count()).toBe(0);
  });

  it('draws the reference line the text below the chart names, with a single rating', async () => {
    await page.goto(new URL('#/progress', server.url).href);
    const chart = page.getByRole('img', { name: /Hur har du haft det\?/ });
    await chart.waitFor();
    await page.getByText('Där många som mår bra brukar hamna').waitFor();
    // One answer is one point at the left edge: a long dark line to its right can only be
    // the reference line (the grid is light grey).
    const longestDarkRun = await chart.evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const { width, height } = canvas;
      const pixels = ctx.getImageData(0, 0, width, height).data;
      let best = 0;
      for (let y = 0; y < height; y++) {
        let run = 0;
        for (let x = Math.floor(width / 3); x < width; x++) {
          const i = (y * width + x) * 4;
          const dark = pixels[i]! < 110 && pixels[i + 1]! < 120 && pixels[i + 3]! > 200;
          run = dark ? run + 1 : 0;
          best = Math.max(best, run);
        }
      }
      return best / width;
    });
    expect(longestDarkRun).toBeGreaterThan(0.5);
  });
});
