import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  deviceStore,
  phone,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
  STAFF_PASSWORD,
  type RunningServer,
} from './harness';
import { ParticipantApp } from './participantPages';

/**
 * A coach unlocks a tablet for a group; members rate on it one after another under their
 * own code, offline too; once synced the tablet holds none of their ratings.
 */
describe('shared tablet', () => {
  let server: RunningServer;
  let tabletContext: BrowserContext;
  let page: Page;
  let app: ParticipantApp;
  const ids: Record<string, string> = {};
  let sessionCode: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Avesta');
    await addStaffAccount(server, team, 'coach@example.org');
    const coach = await coachApi(server, 'coach@example.org');
    for (const code of ['AV-1', 'AV-2', 'AV-3', 'AV-9'])
      ids[code] = await coach.addParticipant(code);
    const { group } = await coach.post<{ group: { id: string } }>('/api/groups', {
      name: 'Torsdagsgruppen',
      memberIds: [ids['AV-1'], ids['AV-2'], ids['AV-3']],
    });
    sessionCode = (
      await coach.post<{ session: { code: string } }>(`/api/groups/${group.id}/sessions`)
    ).session.code;
    tabletContext = await phone(768);
    page = tabletContext.pages()[0] ?? (await tabletContext.newPage());
    app = new ParticipantApp(page);
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await tabletContext?.close();
    await server?.close();
  });

  const stored = () =>
    server.store.db
      .selectFrom('facts')
      .select(['participant_id', 'instrument', 'provenance', 'group_session'])
      .orderBy('seq')
      .execute();

  it('the coach unlocks this device for the group and is signed out', async () => {
    await signInAsStaff(page, server, 'coach@example.org');
    await page.getByRole('link', { name: 'Grupper' }).click();
    await page.getByRole('button', { name: 'Använd den här enheten som delad surfplatta' }).click();
    await page.getByRole('heading', { name: 'Delad surfplatta: Torsdagsgruppen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });

  it('a member types their code and rates the group session; a code outside the group is refused', async () => {
    await page.getByLabel('Din kod').fill('AV-9');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByText('Koden finns inte i den här gruppen.', { exact: false }).waitFor();
    await page.getByLabel('Din kod').fill(' av-1 ');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { name: 'Hej AV-1!' }).waitFor();
    await page.getByRole('button', { name: /Hur var gruppträffen\?/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur var gruppträffen?' }).waitFor();
    for (const item of [
      'Gemenskapen',
      'Det vi pratade om',
      'Sättet vi jobbade på',
      'Allt som allt',
    ])
      await app.tapLine(item, 0.8);
    await page.getByRole('button', { name: 'Gå vidare' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'Tack! Ditt svar är sparat.' }).waitFor();
    await page.getByText('Alla svar är skickade till teamet.', { exact: false }).waitFor();
    const facts = await stored();
    expect(facts).toEqual([
      {
        participant_id: ids['AV-1'],
        instrument: 'gsrs',
        provenance: 'shared_tablet',
        group_session: sessionCode,
      },
    ]);
  });

  it('the next member rates offline; after sync the tablet keeps none of it', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await tabletContext.setOffline(true);
    await page.getByRole('button', { name: 'Nästa person' }).click();
    // The previous member's turn is gone: a blank code field.
    expect(await page.getByLabel('Din kod').inputValue()).toBe('');
    // Offline the tablet still opens on its own screen, from the service worker's copy.
    await page.reload();
    await page.getByRole('heading', { name: 'Delad surfplatta: Torsdagsgruppen' }).waitFor();
    await page.getByLabel('Din kod').fill('AV-2');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('button', { name: /Hur har du haft det\?/ }).click();
    for (const item of ['Jag själv', 'Nära relationer', 'Vardagen utanför hemmet', 'Allt som allt'])
      await app.tapLine(item, 0.3);
    await page.getByRole('button', { name: 'Gå vidare' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'Tack! Ditt svar är sparat.' }).waitFor();
    await page.getByText('1 svar väntar på att skickas.').waitFor();
    let device = await deviceStore(page);
    expect(device.tabletOutbox).toHaveLength(1);
    expect(device.facts).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await tabletContext.setOffline(false);
    await page.getByText('Alla svar är skickade till teamet.', { exact: false }).waitFor({
      timeout: 20_000,
    });
    device = await deviceStore(page);
    expect(device).toEqual({ facts: [], outbox: [], tabletOutbox: [] });
    expect((await stored()).map((f) => [f.participant_id, f.instrument])).toEqual([
      [ids['AV-1'], 'gsrs'],
      [ids['AV-2'], 'ors'],
    ]);
  });

  it('a coach ends tablet mode; the device is an ordinary one again and the token is locked', async () => {
    await page.getByRole('link', { name: 'För personal: avsluta delad surfplatta' }).click();
    await page.getByLabel('E-post').fill('coach@example.org');
    await page.getByLabel('Lösenord').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: /delad surfplatta för Torsdagsgruppen/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Going back to the members signs the coach out, so nobody else reaches the staff side.
    await page.getByRole('button', { name: 'Tillbaka till surfplattan' }).click();
    await page.getByRole('heading', { name: 'Delad surfplatta: Torsdagsgruppen' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    await page.getByRole('link', { name: 'För personal: avsluta delad surfplatta' }).click();
    await page.getByLabel('E-post').fill('coach@example.org');
    await page.getByLabel('Lösenord').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('button', { name: 'Avsluta delad surfplatta' }).click();
    await page
      .getByRole('heading', { name: /delad surfplatta för/ })
      .waitFor({ state: 'detached' });
    await page.goto(new URL('#/', server.url).href);
    await page.getByRole('heading', { name: 'Hej!' }).waitFor();
    const tablets = await server.store.db.selectFrom('tablets').select('locked_at').execute();
    expect(tablets[0]!.locked_at).not.toBeNull();
  });
});
