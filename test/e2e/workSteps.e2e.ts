import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/server/csv/ratingsCsv';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { createTeam } from '../../src/server/teams/accounts';
import {
  addStaffAccount,
  axeViolations,
  phone,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
} from './harness';

/**
 * A coach records where a participant stood at intake, at exit and six months after, and
 * the team's report counts the step: as a person would do it, in the browser.
 */
describe('steps toward work', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Sala');
    await addStaffAccount(server, team, 'coach@example.org');
    await addStaffAccount(server, team, 'lead@example.org', 'admin');
    await importRatingsCsv(
      server.store,
      team,
      [
        CSV_COLUMNS.join(','),
        'SL-001,woman,1988,2025-09-01,2026-03-31,work,ors,2025-09-01,,,,,14',
        'SL-001,woman,1988,2025-09-01,2026-03-31,work,ors,2026-03-31,,,,,27',
      ].join('\n'),
    );
    context = await phone(1280);
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const record = async (heading: RegExp, status: string, income: string) => {
    const form = page
      .locator('form.steps-moment')
      .filter({ has: page.getByRole('heading', { name: heading }) });
    await form.getByLabel('Sysselsättning').selectOption({ label: status });
    await form.getByLabel('Huvudsaklig försörjning').selectOption({ label: income });
    await form.getByRole('button', { name: 'Spara' }).click();
    await form
      .getByText(new RegExp(`^${status.replace(/[()]/g, '\\$&')} \\(steg \\d\\)`))
      .waitFor();
    return form;
  };

  it('records intake, exit and the six-month follow-up on the participant page', async () => {
    await signInAsStaff(page, server, 'coach@example.org');
    await page.getByLabel('Visa').selectOption('all');
    await page.getByRole('link', { name: 'SL-001' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Deltagare SL-001/ }).waitFor();
    await page.getByText('Steg mot arbete', { exact: true }).click();
    await record(/Vid inskrivning/, 'Sjukskriven', 'Sjukpenning');
    await record(/Vid avslut/, 'Arbete med stöd (t.ex. lönebidrag)', 'Lön');
    const six = await record(/Uppföljning 6 månader/, 'Arbete utan stöd', 'Lön');
    expect(await six.innerText()).toMatch(/Arbete utan stöd \(steg 6\), noterat .* av coach/);
    // The 12-month follow-up falls due on 31 March 2027: nothing to fill in yet.
    const twelve = page
      .locator('form.steps-moment')
      .filter({ has: page.getByRole('heading', { name: /Uppföljning 12 månader/ }) });
    expect(await twelve.innerText()).toMatch(/Inte dags än/);
    expect(await twelve.getByRole('combobox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('lets an admin choose the follow-ups and the ladder, which the participant page follows', async () => {
    const leads = await phone(1280);
    const admin = leads.pages()[0] ?? (await leads.newPage());
    await admin.setViewportSize({ width: 1280, height: 800 });
    await signInAsStaff(admin, server, 'lead@example.org');
    await admin.getByRole('link', { name: 'Teaminställningar' }).click();
    const form = admin.getByRole('form', { name: 'Steg mot arbete och uppföljning' });
    await form.getByLabel('12 månader').uncheck();
    await form.getByLabel('Steg för Studier').fill('11');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByRole('alert').filter({ hasText: 'Varje steg är ett heltal 1–10.' }).waitFor();
    await form.getByLabel('Steg för Studier').fill('5');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByRole('status').waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await leads.close();
    // The coach's page, opened again, asks for no 12-month follow-up.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Deltagare SL-001/ }).waitFor();
    await page.getByText('Steg mot arbete', { exact: true }).click();
    await page.getByRole('heading', { name: /Uppföljning 6 månader/ }).waitFor();
    expect(await page.getByRole('heading', { name: /Uppföljning 12 månader/ }).count()).toBe(0);
  });

  it("counts the step and the follow-up in the team's report", async () => {
    await page.goto(new URL('#/staff', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Teamet' }).waitFor();
    await page.getByRole('link', { name: 'Teamets resultat' }).click();
    await page.getByLabel('Bara teamet').check();
    await page.getByLabel('Period', { exact: true }).selectOption('firstHalf');
    await page.getByLabel('År', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    const steps = page.getByRole('region', { name: 'Steg mot arbete' });
    await steps.waitFor();
    expect(await steps.innerText()).toMatch(
      /1 av 1 flyttade minst ett steg uppåt från inskrivning till avslut: 100,0 %/,
    );
    const row = steps.getByRole('row', { name: /6 månader efter avslut/ });
    expect(await row.innerText()).toMatch(/1\s+1\s+100,0 %/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
