import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { createOrganisation, createTeam } from '../../src/server/teams';
import { saveTeamSettings } from '../../src/server/teamSettings';
import { hallstahammarCsv, HALLSTAHAMMAR_GOALS } from '../builders/hallstahammar';
import { launchOptions } from './browser.mjs';
import {
  addStaffAccount,
  axeViolations,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
  STAFF_PASSWORD,
  type RunningServer,
} from './harness';

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

  it('shows the imported year with the numbers of the real report', async () => {
    await signInAsStaff(page, server, 'lead@example.org');
    await page.getByRole('link', { name: 'Teamets resultat' }).click();
    await page.getByLabel('Period', { exact: true }).selectOption('calendarYear');
    await page.getByLabel('År').fill('2019');
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    await page.getByText('11 av 15 nådde målet: 73,3 %.').waitFor();
    await page
      .getByText(
        '10 deltagare: medel-ORS 16,9 vid inskrivning → 28,0 vid avslut (+11,1 poäng, +65,7 %).',
      )
      .waitFor();
    const exits = page.getByRole('table', { name: 'Avslut per orsak' });
    expect(await exits.getByRole('row', { name: /Arbetssökande/ }).innerText()).toMatch(
      /4\s+26,7 %/,
    );
    await page.locator('canvas').nth(2).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('exports CSV for Swedish Excel that reads back to the same numbers', async () => {
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
  });

  it('an organisation account compares its teams with every small cell hidden', async () => {
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
    await orgPage.getByLabel('Period', { exact: true }).selectOption('calendarYear');
    await orgPage.getByLabel('År').fill('2019');
    await orgPage.getByRole('button', { name: 'Visa rapporten' }).click();
    const table = orgPage.getByRole('table', { name: 'Teamen jämförda' });
    await table.waitFor();
    const header = await table.locator('thead').innerText();
    expect(header).toContain('Hallstahammar');
    expect(header).toContain('Köping');
    const exited = await table.getByRole('row', { name: /Avslutade under perioden/ }).innerText();
    expect(exited.split(/\s+/).slice(-3)).toEqual(['<5', '<5', '17']);
    expect(await orgPage.locator('body').innerText()).not.toMatch(/HH-\d|K-\d/);
    expect(await axeViolations(orgPage)).toEqual([]);
    await orgPage.context().close();
  });

  it('prints to a clean A4 PDF of one to three pages', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
  });
});
