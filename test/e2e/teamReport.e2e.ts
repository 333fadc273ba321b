import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { createOrganisation, createTeam } from '../../src/server/teams/accounts';
import { saveTeamSettings } from '../../src/server/teams/settings';
import { hallstahammarCsv, HALLSTAHAMMAR_GOALS } from '../builders/hallstahammar';
import { launchOptions } from './browser.mjs';
import { brokenWordsInPage } from './brokenWords.mjs';

const RUNNING_HEAD = /Hallstahammar · 1 jan\. 2019 – 31 dec\. 2019 · För styrgruppen/;
/** CSS pixels per centimetre. */
const CM = 96 / 2.54;

/**
 * Renders a PDF's pages with poppler's pdftoppm (as a person would look at them) to grey
 * PGM images, and gives each page's share of non-white pixels.
 */
function renderPages(pdf: Buffer): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-pdf-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  if (process.env.STEGVIS_KEEP_PDF) writeFileSync(process.env.STEGVIS_KEEP_PDF, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '40', join(dir, 'report.pdf'), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const image = readFileSync(join(dir, f));
      // P5 header: magic, width, height, maxval, each ended by whitespace.
      const header = image.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
      const pixels = image.subarray(header[0].length);
      let ink = 0;
      for (const p of pixels) if (p < 200) ink++;
      return ink / pixels.length;
    });
}
/** Each page's text, as pdftotext reads it. */
function pageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-pdf-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  const all = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], {
    encoding: 'utf8',
  });
  return all.split('\f').filter((page) => page.trim() !== '');
}
import {
  addStaffAccount,
  axeViolations,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
  STAFF_PASSWORD,
  type RunningServer,
} from './harness';

/** What a row's cells show (a mark's words for screen readers left aside). */
const shownCells = (row: Locator) =>
  row
    .locator('td')
    .evaluateAll((tds) =>
      tds.map((td) => (td.querySelector('[aria-hidden]') ?? td).textContent?.trim() ?? ''),
    );

/** A team leader imports last year's ratings, reads the report, exports it and prints it. */
describe('team report', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Hallstahammar');
    await addStaffAccount(server, team, 'lead@example.org', 'admin');
    await importRatingsCsv(server.store, team, hallstahammarCsv());
    await saveTeamSettings(
      server.store,
      team,
      { settings: { goalExitReasons: [...HALLSTAHAMMAR_GOALS] } },
      'test',
      new Date(),
    );
    browser = await chromium.launch(launchOptions());
    page = await (
      await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'sv-SE' })
    ).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the imported year with the numbers of the real report, for the team', async () => {
    await signInAsStaff(page, server, 'lead@example.org');
    await page.getByRole('link', { name: 'Teamets resultat' }).click();
    // The steering group is the default audience; the team's own report is chosen.
    expect(await page.getByLabel('Styrgruppen eller årsrapporten').isChecked()).toBe(true);
    await page.getByLabel('Bara teamet').check();
    await page.getByLabel('Period', { exact: true }).selectOption('calendarYear');
    await page.getByLabel('År', { exact: true }).fill('2019');
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    await page.getByText('11 av 15 nådde målet: 73,3 %.').waitFor();
    await page
      .getByText(
        '10 deltagare: medel-ORS 16,9 vid inskrivning → 28,0 vid avslut (+11,1 poäng, +65,7 %).',
      )
      .waitFor();
    await page.getByText('Bara för teamet: rapporten har små tal').waitFor();
    const exits = page.getByRole('table', { name: 'Avslut per orsak', exact: true });
    expect(await exits.getByRole('row', { name: /Arbetssökande/ }).innerText()).toMatch(
      /4\s+26,7 %/,
    );
    await page.locator('canvas').nth(2).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it("exports the team's CSV for Swedish Excel that reads back to the same numbers", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner CSV för svensk Excel' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    const value = new Map(rows.map(([k, , v]) => [k!, v]));
    expect(rows[0]).toEqual(['mått', 'beskrivning', 'värde']);
    expect(value.get('goal.percent')).toBe('73,3');
    expect(value.get('ors.changePercent')).toBe('65,7');
    expect(value.get('exits.total')).toBe('15');
    expect(value.get('audience')).toMatch(/^teamet/);
  });

  it('gives the steering group protected figures, the rule and no per-person chart', async () => {
    await page.getByLabel('Styrgruppen eller årsrapporten').check();
    await page.getByLabel('Rapportår (kalenderår)').fill('2019');
    await page.getByLabel('Del av året').selectOption('year');
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    await page.getByRole('heading', { name: 'Så skyddas deltagarna' }).waitFor();
    await page.getByText('För styrgruppen och årsrapporten').waitFor();
    const exits = page.getByRole('table', { name: 'Avslut per orsak', exact: true });
    expect(await shownCells(exits.getByRole('row', { name: /Arbete/ }))).toEqual(['<5', '<5']);
    expect(await page.getByRole('heading', { name: /Varje deltagares ORS/ }).count()).toBe(0);
    expect(await page.getByText('Visa varje deltagares förändring').count()).toBe(0);
    // The gender "Annat" row of one person never shows a mean.
    expect(await page.locator('body').innerText()).not.toMatch(/HH-\d/);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1100, height: 900 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner CSV för svensk Excel' }).click(),
    ]);
    const rows = parse(readFileSync((await download.path())!).toString('utf8'), {
      bom: true,
      delimiter: ';',
    }) as string[][];
    const value = new Map(rows.map(([k, , v]) => [k!, v]));
    expect(value.get('audience')).toMatch(/styrgruppen/);
    expect(value.get('disclosure.<5')).toMatch(/1–4/);
    expect(value.get('exits.byReason.work')).toBe('<5');
  });

  it('an organisation account compares its teams, protected together', async () => {
    const small = await createTeam(server.store, 'Köping');
    await importRatingsCsv(
      server.store,
      small,
      'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total\n' +
        'K-1,woman,1990,2018-09-01,2019-04-01,work,ors,2018-09-01,,,,,15\n' +
        'K-2,man,1991,2018-09-01,2019-05-01,studies,ors,2018-09-01,,,,,18\n',
    );
    const teams = await server.store.db.selectFrom('teams').select(['id', 'name']).execute();
    const org = await createOrganisation(
      server.store,
      'Samordningsförbundet',
      teams.map((t) => t.id),
    );
    await addStaffAccount(server, org, 'forbund@example.org', 'organisation');
    const orgPage = await (
      await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'sv-SE' })
    ).newPage();
    await orgPage.goto(new URL('#/staff', server.url).href);
    await orgPage.getByLabel('E-post').fill('forbund@example.org');
    await orgPage.getByLabel('Lösenord').fill(STAFF_PASSWORD);
    await orgPage.getByRole('button', { name: 'Logga in' }).click();
    await orgPage.getByLabel('Rapportår (kalenderår)').fill('2019');
    await orgPage.getByLabel('Del av året').selectOption('year');
    await orgPage.getByRole('button', { name: 'Visa rapporten' }).click();
    const table = orgPage.getByRole('table', { name: 'Teamen jämförda' });
    await table.waitFor();
    const header = await table.locator('thead').innerText();
    expect(header).toContain('Hallstahammar');
    expect(header).toContain('Köping');
    // The big team keeps its 15; the total (17) would give the small team's 2 away.
    expect(await shownCells(table.getByRole('row', { name: /Avslut, alla/ }))).toEqual([
      '15',
      '..',
      '..',
    ]);
    await orgPage.getByRole('heading', { name: 'Så skyddas deltagarna' }).waitFor();
    await orgPage.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(orgPage)).toBe(false);
    expect(await orgPage.locator('body').innerText()).not.toMatch(/HH-\d|K-\d/);
    expect(await axeViolations(orgPage)).toEqual([]);
    await orgPage.context().close();
  });

  it("prints the steering group's report to a clean, numbered A4 PDF of one to four pages, each headed", async () => {
    await page.emulateMedia({ media: 'print' });
    // Drawn at a readable size on paper, not squeezed into a strip: at least 12 × 4 cm.
    const chart = (await page.locator('.report-charts canvas').first().boundingBox())!;
    expect(chart.width / CM).toBeGreaterThan(12);
    expect(chart.height / CM).toBeGreaterThan(4);
    // Headings wrap between words or at soft hyphens only: no heading word cut elsewhere.
    expect(await page.evaluate(brokenWordsInPage)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = renderPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    // Every page after the first says whose figures they are and for whom (the first says
    // it in its heading). The page numbers are drawn, not text: the images show them.
    const texts = pageTexts(pdf);
    expect(texts).toHaveLength(pages.length);
    texts.slice(1).forEach((text) => expect(text).toMatch(RUNNING_HEAD));
    expect(texts[0]).not.toMatch(RUNNING_HEAD);
    // No blank page: each has ink on at least 1 % of its area.
    for (const ink of pages) expect(ink).toBeGreaterThan(0.01);
  });
});
