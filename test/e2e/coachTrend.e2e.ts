import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { launchOptions } from './browser.mjs';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  phone,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
  type RunningServer,
} from './harness';
import { ParticipantApp } from './participantPages';

/** A participant's offline ORS reaches the coach's trend; a coach of another team is refused. */
describe('coach workspace', () => {
  let server: RunningServer;
  let browser: Browser;
  let phoneContext: BrowserContext;
  let participantId: string;
  let joinLink: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const x = await createTeam(server.store, 'Team X');
    const y = await createTeam(server.store, 'Team Y');
    await addStaffAccount(server, x, 'coach.x@example.org');
    await addStaffAccount(server, y, 'coach.y@example.org');
    const coach = await coachApi(server, 'coach.x@example.org');
    participantId = await coach.addParticipant('X-007', {
      displayName: 'Kim',
      gender: 'other',
      birthYear: 1990,
      intakeDate: '2026-10-01',
    });
    joinLink = (await coach.invite(participantId)).link;
    browser = await chromium.launch(launchOptions());
    phoneContext = await phone(390);
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
    await server?.close();
  });

  async function signedInCoach(email: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'sv-SE',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInAsStaff(page, server, email);
    return page;
  }

  it('a participant joins by the invitation link and rates offline; it syncs when back online', async () => {
    const page = phoneContext.pages()[0] ?? (await phoneContext.newPage());
    const app = new ParticipantApp(page);
    await page.goto(joinLink.replace(/^https?:\/\/[^/]+\//, server.url));
    await page.getByRole('button', { name: 'Koppla' }).click();
    await page.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await phoneContext.setOffline(true);
    await page.goto(new URL('#/', server.url).href);
    await app.choose('Hur har du haft det?');
    for (const item of ['Jag själv', 'Nära relationer', 'Vardagen utanför hemmet', 'Allt som allt'])
      await app.tapLine(item, 0.4);
    await app.save();
    await phoneContext.setOffline(false);
    await page.getByText('Allt är skickat till ditt team.').waitFor({ timeout: 20_000 });
  });

  it('shows the rating in the coach’s list and trend, logs the read, and passes axe', async () => {
    const page = await signedInCoach('coach.x@example.org');
    const row = page.getByRole('row', { name: /X-007/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('16,0');
    expect(await row.getByRole('cell').nth(2).innerText()).toContain('(i dag)');
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: 'X-007' }).click();
    await page.getByRole('heading', { level: 1, name: /Deltagare X-007/ }).waitFor();
    // The chart comes first; the table is one press away.
    await page.getByRole('button', { name: 'Visa som tabell' }).first().click();
    const table = page.getByRole('table', { name: 'Hur har du haft det?: skattningar' });
    expect(await table.locator('tbody td').nth(4).innerText()).toBe('16,0');
    await page.locator('canvas').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Every read the screen made is in the access log: the person, ratings, phones, history.
    await page.getByText(/kopplad .*senast sedd/).waitFor();
    await page.getByRole('heading', { name: 'Inskrivning och avslut' }).click();
    await page.getByRole('button', { name: 'Spara ändringar' }).waitFor();
    await expect
      .poll(async () =>
        (
          await server.store.db
            .selectFrom('access_log')
            .select('action')
            .where('participant_id', '=', participantId)
            .execute()
        )
          .map((l) => l.action)
          .sort(),
      )
      .toEqual([
        'acknowledgements',
        'coach_notes',
        'devices',
        'history',
        'list',
        'ratings',
        'statuses',
        'view',
      ]);
    // The coach's own note from today's session, kept beside the ratings.
    await page.getByRole('button', { name: 'Skriv en anteckning' }).click();
    await page.getByLabel('Anteckning', { exact: true }).fill('Vill prova praktik på lager.');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page.locator('.coach-notes').getByText('Vill prova praktik på lager.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });

  it('records an exit with a reason, keeps the history, and the phone can then no longer send', async () => {
    const page = await signedInCoach('coach.x@example.org');
    await page.goto(new URL(`#/staff/p/${participantId}`, server.url).href);
    // Intake facts can be corrected too, each kept in the history.
    await page.getByRole('heading', { name: 'Inskrivning och avslut' }).click();
    await page.getByLabel('År i offentlig försörjning vid inskrivning').fill('5,5');
    await page.getByLabel('Remittent').selectOption('fk');
    await page.getByLabel('Avslutsdatum').fill('2026-11-20');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('alert').getByText('avslut behöver både datum och orsak').waitFor();
    await page.getByLabel('Avslutsorsak').selectOption('studies');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await page.getByText('Ändringshistorik').click();
    await page.getByText(/År i offentlig försörjning: – → 5,5/).waitFor();
    // In words, not codes.
    await page.getByText(/Avslutsorsak: – → Studier/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    const phonePage = phoneContext.pages()[0]!;
    const app = new ParticipantApp(phonePage);
    await phonePage.goto(new URL('#/', server.url).href);
    await app.choose('Hur har du haft det?');
    for (const item of ['Jag själv', 'Nära relationer', 'Vardagen utanför hemmet', 'Allt som allt'])
      await app.tapLine(item, 0.6);
    await app.save();
    await phonePage.getByText('Du har avslutat programmet, så nya svar skickas inte.').waitFor();
  });

  it('refuses a coach of another team, in the UI and in the API', async () => {
    const page = await signedInCoach('coach.y@example.org');
    expect(await page.getByRole('row', { name: /X-007/ }).count()).toBe(0);
    await page.goto(new URL(`#/staff/p/${participantId}`, server.url).href);
    await page.getByRole('alert').getByText('Deltagaren finns inte i ditt team.').waitFor();
    const status = await page.evaluate(
      async (id) => (await fetch(`/api/participants/${id}/ratings`)).status,
      participantId,
    );
    expect(status).toBe(404);
    await page.context().close();
  });
});
