import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  phone,
  serveBuiltApp,
  type RunningServer,
} from './harness';
import { ParticipantApp } from './participantPages';

/** A coach (over the real API) invites a phone; the phone types the short code, then works offline. */
describe('enrolling a phone and syncing ratings made offline', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let app: ParticipantApp;
  let participantId: string;
  let shortCode: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const teamId = await createTeam(server.store, 'Avesta');
    await addStaffAccount(server, teamId, 'coach@example.org');
    const coach = await coachApi(server, 'coach@example.org');
    participantId = await coach.addParticipant('AV-042', {
      gender: 'man',
      birthYear: 1979,
      intakeDate: '2026-09-01',
    });
    shortCode = (await coach.invite(participantId)).shortCode;

    context = await phone(390);
    page = context.pages()[0] ?? (await context.newPage());
    app = new ParticipantApp(page);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const stored = () =>
    server.store.db
      .selectFrom('facts')
      .select(['id', 'instrument', 'device_id'])
      .where('participant_id', '=', participantId)
      .execute();

  it('says the phone is not connected, and connects with the typed short code', async () => {
    await app.recordStatusTexts();
    await app.openHome(server.url);
    await page.getByText('Telefonen är inte kopplad till ditt team').waitFor();
    // Not even for a moment before the first sync pass (which waits for home to settle).
    expect((await app.statusTexts()).join()).not.toContain('Allt är skickat');
    await page.getByRole('link', { name: 'Koppla till ditt team' }).click();
    await page.getByRole('heading', { name: 'Koppla till ditt team' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Kod').fill('WRONG-CODE');
    await page.getByRole('button', { name: 'Koppla' }).click();
    await page.getByRole('alert').getByText('Koden stämmer inte').waitFor();
    // Typed the way people type: lower case, a space instead of the dash.
    await page.getByLabel('Kod').fill(shortCode.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Koppla' }).click();
    await page.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();
  });

  it('saves 5 ratings offline, shows them waiting, and sends them when back online', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    for (let i = 0; i < 5; i++) {
      await page.goto(new URL('#/', server.url).href);
      await app.choose('Hur har du haft det?');
      for (const item of [
        'Jag själv',
        'Nära relationer',
        'Vardagen utanför hemmet',
        'Allt som allt',
      ])
        await app.tapLine(item, 0.2 + i * 0.15);
      await app.save();
    }
    await page.goto(new URL('#/', server.url).href);
    await page.getByText('5 svar väntar på att skickas.').waitFor();
    expect(await stored()).toHaveLength(0);
    // A fresh load: the count comes from the phone's store before any pass, never "all sent".
    await page.reload();
    await page.getByText('5 svar väntar på att skickas.').waitFor();
    expect((await app.statusTexts()).join()).not.toContain('Allt är skickat');

    await context.setOffline(false);
    await page.getByText('Allt är skickat till ditt team.').waitFor({ timeout: 20_000 });
    const facts = await stored();
    expect(facts).toHaveLength(5);
    expect(new Set(facts.map((f) => f.instrument))).toEqual(new Set(['ors']));
    expect(facts.every((f) => f.device_id)).toBe(true);
    const outbox = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('stegvis');
          open.onsuccess = () => {
            const req = open.result.transaction('outbox').objectStore('outbox').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(outbox).toBe(0);
  });
});
