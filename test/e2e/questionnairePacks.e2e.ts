import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  phone,
  serveBuiltApp,
  signInAsStaff,
} from './harness';

/**
 * A team admin loads a questionnaire pack (Stegvis's own example), a participant answers it
 * on the phone offline, and the team's report shows the answers per question.
 */
describe('questionnaire packs', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let staff: BrowserContext;
  let admin: Page;
  let participant: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Fagersta');
    await addStaffAccount(server, team, 'admin@example.org', 'admin');
    const coach = await coachApi(server, 'admin@example.org');
    const { link } = await coach.invite(await coach.addParticipant('FA-1'));
    staff = await phone(1280);
    admin = staff.pages()[0] ?? (await staff.newPage());
    await admin.setViewportSize({ width: 1280, height: 800 });
    participant = await phone(360);
    page = participant.pages()[0] ?? (await participant.newPage());
    await page.goto(link.replace(/^https?:\/\/[^/]+\//, server.url));
    await page.getByRole('button', { name: 'Koppla', exact: true }).click();
    await page.getByText('Klart! Telefonen är kopplad till ditt team.', { exact: false }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  });
  afterAll(async () => {
    await staff?.close();
    await participant?.close();
    await server?.close();
  });

  it('an admin loads the example pack, and a wrong file is named', async () => {
    await signInAsStaff(admin, server, 'admin@example.org');
    await admin.getByRole('link', { name: 'Teaminställningar' }).click();
    const section = admin.getByRole('region', { name: 'Frågeformulär' });
    await section.waitFor();
    await section.getByLabel('Läs in en fil med formuläret (JSON)').setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"stegvis-questionnaire-pack","version":1}'),
    });
    await section.getByRole('alert').filter({ hasText: 'Filen kunde inte läsas in' }).waitFor();
    expect(await section.getByRole('alert').innerText()).toMatch(/questions/);
    await section.getByRole('button', { name: /Stegvis eget exempel/ }).click();
    await section.getByText(/Hur upplever du stödet\?: 3 frågor, pågående, vid avslut/).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('the participant answers it on the phone, offline, and the team report counts it', async () => {
    await page.goto(`${server.url}#/`);
    await page.reload();
    await page.getByRole('link', { name: /Hur upplever du stödet\?/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur upplever du stödet?' }).waitFor();
    await participant.setOffline(true);
    await page.getByLabel('Oftast').check();
    await page
      .getByRole('group', { name: 'Har du kommit närmare arbete eller studier?' })
      .getByLabel('Ja')
      .check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara svaren' }).click();
    await page.getByText('Tack! Dina svar är sparade.').waitFor();
    await participant.setOffline(false);
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await page.getByText(/Allt är skickat/).waitFor({ timeout: 15_000 });

    await admin.goto(`${server.url}#/staff`);
    await admin.getByRole('link', { name: 'Teamets resultat' }).click();
    await admin.getByLabel('Bara teamet').check();
    await admin
      .getByLabel('Från', { exact: true })
      .waitFor()
      .catch(() => {});
    await admin.getByLabel('Period', { exact: true }).selectOption('calendarYear');
    await admin.getByLabel('År', { exact: true }).fill(String(new Date().getFullYear()));
    await admin.getByRole('button', { name: 'Visa rapporten' }).click();
    const section = admin.getByRole('region', { name: 'Frågeformulär' });
    await section.waitFor();
    const listened = section.getByRole('table', { name: 'Känner du dig lyssnad på?' });
    expect(await listened.getByRole('row', { name: /Oftast/ }).innerText()).toMatch(/1\s+100,0 %/);
    const skipped = section.getByRole('table', {
      name: 'Handlar stödet om det som är viktigt för dig?',
    });
    expect(
      await skipped
        .getByRole('row', { name: /Mycket/ })
        .first()
        .innerText(),
    ).toMatch(/0\s+–/);
  });
});
