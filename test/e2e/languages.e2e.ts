import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/client/i18n/catalog';
import { INSTRUMENTS, itemText } from '../../src/shared/instruments';
import { LANGUAGES, languageInfo, type Language } from '../../src/shared/language';
import { brokenWordsInPage } from './brokenWords.mjs';
import { axeViolations, phone, scrollsSideways, serveBuiltApp } from './harness';

const catalogOf = async (lang: Language): Promise<Catalog> =>
  ((await import(`../../src/client/i18n/languages/${lang}.ts`)) as { catalog: Catalog }).catalog;

/** A catalog key on screen ("form.next") means a string was never translated. */
const KEY = /\b[a-z]+(?:\.[a-zA-Z_]+){1,3}\b/g;

async function looksRight(page: Page, lang: Language) {
  expect(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
  ).toEqual([lang, languageInfo(lang).dir]);
  const text = await page.locator('body').innerText();
  expect(text.match(KEY) ?? []).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await scrollsSideways(page)).toBe(false);
  await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
  expect(await scrollsSideways(page)).toBe(false);
  expect(await page.evaluate(brokenWordsInPage)).toEqual([]);
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.setViewportSize({ width: 390, height: 800 });
}

/**
 * Each language a participant can choose, the whole way through: home, a complete ORS, the
 * review, and progress — in its own words and direction, accessible, on a 320 px screen at
 * 200 % text.
 */
describe.each(LANGUAGES)('the participant app in %s', (lang) => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;
  let catalog: Catalog;

  beforeAll(async () => {
    catalog = await catalogOf(lang);
    server = await serveBuiltApp();
    context = await phone(390);
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('opens in the language the invitation link asks for', async () => {
    await page.goto(`${server.url}?lang=${lang}#/`);
    await page.getByRole('heading', { level: 1, name: catalog.ui['home.title'] }).waitFor();
    await looksRight(page, lang);
    if (languageInfo(lang).script === 'ethiopic') {
      // Ge'ez letters from our own font file, not boxes and not a font service.
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => document.fonts.check("16px 'Noto Sans Ethiopic'", 'ሰላም')),
      ).toBe(true);
    }
  });

  it('fills in a whole ORS by tapping each line, and reviews it', async () => {
    const ors = catalog.instruments.ors;
    await page.getByRole('link', { name: ors.title }).click();
    await page.getByRole('heading', { level: 1, name: ors.title }).waitFor();
    await looksRight(page, lang);
    for (const item of INSTRUMENTS.ors.items) {
      const line = page.getByRole('slider', { name: itemText(ors, item.id).label, exact: true });
      const box = (await line.locator('.vas-line').boundingBox())!;
      // Three quarters of the way toward the "very good" end, whichever side that is.
      const x = languageInfo(lang).dir === 'rtl' ? 0.25 : 0.75;
      await line.scrollIntoViewIfNeeded();
      const now = (await line.locator('.vas-line').boundingBox())!;
      await page.mouse.click(now.x + now.width * x, now.y + box.height / 2);
    }
    await page.getByRole('button', { name: catalog.ui['form.next'] }).click();
    await page.getByRole('heading', { level: 1, name: catalog.ui['review.title'] }).waitFor();
    // The score is the same in every direction: 7.5 on each line, 30 in all.
    const total = await page.locator('.review-row--total dd').innerText();
    expect(total).toMatch(/30[.,٫]0/);
    await looksRight(page, lang);
    await page.getByRole('button', { name: catalog.ui['review.save'], exact: true }).click();
    await page.getByRole('heading', { name: catalog.ui['saved.title'] }).waitFor();
  });

  it('shows progress', async () => {
    await page.goto(`${server.url}#/progress`);
    await page.getByRole('heading', { level: 1, name: catalog.ui['progress.title'] }).waitFor();
    await page.locator('canvas').first().waitFor();
    await looksRight(page, lang);
  });
});
