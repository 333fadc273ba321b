import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { sampleWording } from '../builders/wording';
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

const WORDING = 'Teamets licens 2026';

/**
 * A team admin sets the team's thresholds, records the licence and loads the licensed
 * wording; the participant's phone receives it with the next sync and uses it offline.
 */
describe('team settings and licensed wording', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let phoneContext: BrowserContext;
  let participantId: string;
  let joinLink: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Hallstahammar');
    await addStaffAccount(server, team, 'admin@example.org', 'admin');
    const setup = await coachApi(server, 'admin@example.org');
    participantId = await setup.addParticipant('HH-101', { birthYear: 1988 });
    joinLink = (await setup.invite(participantId)).link;
    browser = await chromium.launch(launchOptions());
    admin = await (
      await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'sv-SE' })
    ).newPage();
    admin.setDefaultTimeout(10_000);
    phoneContext = await phone(360);
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
    await server?.close();
  });

  it('the phone joins and shows the neutral wording', async () => {
    const page = phoneContext.pages()[0] ?? (await phoneContext.newPage());
    await page.goto(joinLink.replace(/^https?:\/\/[^/]+\//, server.url));
    await page.getByRole('button', { name: 'Koppla' }).click();
    await page.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();
    await page.goto(new URL('#/', server.url).href);
    // Said once, under "Om frågorna", not under every form.
    await page.getByText('Om frågorna').click();
    await page.getByText('Frågorna är Stegvis egna neutrala formuleringar.').waitFor();
  });

  it('the admin changes a threshold; a wrong value is named before anything is sent', async () => {
    await signInAsStaff(admin, server, 'admin@example.org');
    await admin.getByRole('link', { name: 'Teaminställningar' }).click();
    await admin.getByRole('heading', { level: 1, name: /Teaminställningar/ }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    const gsrs = admin.getByLabel('GSRS, teamets egen gräns');
    await gsrs.fill('45');
    await admin.getByRole('button', { name: 'Spara ändringar' }).click();
    await admin.getByText('Ange ett tal från 0 till 40.').waitFor();
    expect(await gsrs.getAttribute('aria-invalid')).toBe('true');
    await gsrs.fill('32');
    await admin.getByLabel('Studier', { exact: true }).uncheck();
    await admin.getByRole('button', { name: 'Spara ändringar' }).click();
    await admin.getByRole('status').getByText('Ändringarna är sparade.').waitFor();
    const stored = await server.store.db.selectFrom('team_settings').select('settings').execute();
    expect(JSON.parse(stored[0]!.settings)).toMatchObject({
      gsrsThreshold: 32,
      goalExitReasons: ['work', 'vocational_rehab'],
    });
  });

  it('records the licence and refuses a bad wording file with what is wrong', async () => {
    await admin.getByLabel('Licensinnehavare', { exact: true }).fill('Samordningsförbundet Mitt');
    await admin.getByLabel('Typ av licens', { exact: true }).selectOption('organisation');
    await admin.getByLabel('Licensdatum', { exact: true }).fill('2026-08-15');
    await admin.getByRole('button', { name: 'Spara licensuppgifter' }).click();
    await admin.getByText('Ändringarna är sparade.').first().waitFor();

    const good = sampleWording('sv', WORDING);
    const { overall: _, ...three } = good.instruments.ors!.items;
    const bad = {
      ...good,
      instruments: { ...good.instruments, ors: { ...good.instruments.ors!, items: three } },
    };
    await admin.getByLabel('Välj fil').setInputFiles({
      name: 'fel.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await admin
      .getByRole('alert')
      .getByText('Frågan ”instruments.ors.items.overall” saknas.')
      .waitFor();
    await admin.getByLabel('Välj fil').setInputFiles({
      name: 'inte-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": '),
    });
    await admin.getByRole('alert').getByText('Filen är inte giltig JSON.').waitFor();
    expect(await server.store.db.selectFrom('team_wordings').selectAll().execute()).toEqual([]);

    await admin.getByLabel('Välj fil').setInputFiles({
      name: 'formulering-sv.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await admin.getByText('Formuleringen är sparad.', { exact: false }).waitFor();
    await admin.getByText(`${WORDING} (svenska: ORS, SRS, GSRS)`).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(admin)).toBe(false);
    await admin.setViewportSize({ width: 1024, height: 900 });
  });

  it('the phone gets the wording with its next sync and uses it offline', async () => {
    const page = phoneContext.pages()[0]!;
    const app = new ParticipantApp(page);
    await page.reload();
    await page.getByRole('link', { name: /Lic ORS/ }).waitFor({ timeout: 20_000 });
    await page.getByText('Om frågorna').click();
    await page.getByText(`Formulering: ${WORDING}. Licens: Samordningsförbundet Mitt.`).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await phoneContext.setOffline(true);
    await page.reload();
    await app.choose('Lic ORS');
    await page.getByText('Lic prompt ors').waitFor();
    await page.getByText(`Formulering: ${WORDING}.`, { exact: false }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    for (const item of ['individual', 'interpersonal', 'social', 'overall'])
      await app.tapLine(`Lic ors ${item}`, 0.4);
    await app.save();
    await phoneContext.setOffline(false);
    await page.goto(new URL('#/', server.url).href);
    await page.getByText('Allt är skickat till ditt team.').waitFor({ timeout: 20_000 });
    const facts = await server.store.db
      .selectFrom('facts')
      .select('body')
      .where('participant_id', '=', participantId)
      .execute();
    expect(facts.map((f) => JSON.parse(f.body).wording)).toEqual([WORDING]);
  });

  it("the coach's trend shows the team's wording", async () => {
    await admin.goto(new URL(`#/staff/p/${participantId}`, server.url).href);
    await admin.getByRole('heading', { level: 2, name: 'Lic ORS' }).waitFor();
    await admin.getByText(`Formulering: ${WORDING}.`, { exact: false }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('the admin downloads the team export: one zip with team.json and CSV', async () => {
    await admin.goto(new URL('#/staff/team', server.url).href);
    const download = admin.waitForEvent('download');
    await admin.getByRole('link', { name: 'Ladda ner exporten' }).click();
    const file = await (await download).path();
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    const data = JSON.parse(strFromU8(files['team.json']!));
    expect(data).toMatchObject({ format: 'stegvis-team-export', version: 1 });
    expect(data.participants.map((p: { code: string }) => p.code)).toEqual(['HH-101']);
    expect(data.wordings.map((w: { language: string }) => w.language)).toContain('sv');
    expect(Object.keys(files)).toContain('csv/ratings.csv');
    expect(await axeViolations(admin)).toEqual([]);
  });
});
