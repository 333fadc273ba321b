import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CSV_COLUMNS } from '../../src/server/csv/ratingsCsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { freshProfileDir } from './browser.mjs';
import { addStaffAccount, axeViolations, phone, serveBuiltApp, signInAsStaff } from './harness';

const HEADER = CSV_COLUMNS.join(',');

/** An admin imports last year's paper ratings: every problem at once, then a clean import. */
describe('the import screen', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;
  const dir = freshProfileDir();
  const file = (name: string, ...rows: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
    return path;
  };

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Avesta');
    await addStaffAccount(server, team, 'lead@example.org', 'admin');
    context = await phone(1280);
    page = context.pages()[0] ?? (await context.newPage());
    await signInAsStaff(page, server, 'lead@example.org');
    await page.getByRole('link', { name: 'Teaminställningar' }).click();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('lists every problem in Swedish with its line and column, and imports nothing', async () => {
    await page
      .getByLabel('Välj en CSV-fil')
      .setInputFiles(
        file(
          'fel.csv',
          'AV-1,woman,2020,2025-01-10,,,ors,2030-01-10,4,4,4,4,',
          'AV-2,kvinna,1985,2025-01-10,,,ors,2025-01-10,4,4,4,4,',
        ),
      );
    await page.getByText('Filen har 3 fel. Inget har importerats.', { exact: false }).waitFor();
    const rows = await page
      .getByRole('table', { name: 'Fel i filen' })
      .locator('tbody tr')
      .allInnerTexts();
    expect(rows).toEqual([
      expect.stringMatching(/^2\tbirth_year\tFödd 2020 ger 5 år vid inskrivningen/),
      expect.stringMatching(/^2\tadministered_on\tDatumet 2030-01-10 har inte kommit än/),
      expect.stringMatching(/^3\tgender\tKön ska vara/),
    ]);
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('previews a good file with a warning, and imports it when asked', async () => {
    await page
      .getByLabel('Välj en CSV-fil')
      .setInputFiles(
        file(
          'ratt.csv',
          'AV-3,man,1980,2025-01-10,,,ors,2025-01-03,4,4,4,4,',
          'AV-3,man,1980,2025-01-10,,,ors,2025-01-17,5,5,5,5,',
        ),
      );
    await page.getByText('Filen är i ordning: 1 nya deltagare', { exact: false }).waitFor();
    await page.getByText('Skattat 2025-01-03, före inskrivningen 2025-01-10').waitFor();
    expect(await server.store.db.selectFrom('participants').selectAll().execute()).toEqual([]);
    await page.getByRole('button', { name: 'Importera ratt.csv' }).click();
    await page
      .getByRole('status')
      .getByText('Importerat: 1 nya deltagare', { exact: false })
      .waitFor();
    expect(
      (await server.store.db.selectFrom('participants').select('code').execute()).map(
        (p) => p.code,
      ),
    ).toEqual(['AV-3']);
    expect(await axeViolations(page)).toEqual([]);
  });
});
