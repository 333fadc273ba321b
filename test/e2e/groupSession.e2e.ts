import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { launchOptions } from './browser.mjs';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  serveBuiltApp,
  signInAsStaff,
  type RunningServer,
} from './harness';
import { ParticipantApp } from './participantPages';

const ITEMS = ['Gemenskapen', 'Det vi pratade om', 'Sättet vi jobbade på', 'Allt som allt'];

/** Four phones rate today's group session; the shared screen shows nothing until three have. */
describe('a group session on a shared screen', () => {
  let server: RunningServer;
  let browser: Browser;
  let coach: Page;
  const links: string[] = [];
  const phones: Page[] = [];

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Hedemora');
    await addStaffAccount(server, team, 'coach@example.org');
    const coachSetup = await coachApi(server, 'coach@example.org');
    const ids: string[] = [];
    for (const code of ['H-1', 'H-2', 'H-3', 'H-4']) {
      const id = await coachSetup.addParticipant(code);
      ids.push(id);
      links.push((await coachSetup.invite(id)).link);
    }
    await coachSetup.post('/api/groups', { name: 'Startgrupp HT26', memberIds: ids });
    browser = await chromium.launch(launchOptions());
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'sv-SE',
    });
    coach = await context.newPage();
    coach.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the coach starts today’s session from the groups page', async () => {
    await signInAsStaff(coach, server, 'coach@example.org');
    await coach.getByRole('link', { name: 'Grupper' }).click();
    await coach.getByRole('button', { name: 'Starta dagens träff' }).click();
    await coach.getByRole('heading', { name: 'Startgrupp HT26: dagens träff' }).waitFor();
    expect(await coach.locator('.session-code strong').innerText()).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(await axeViolations(coach)).toEqual([]);
  });

  it('four phones join; each is offered today’s group session', async () => {
    for (const link of links) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 800 },
        locale: 'sv-SE',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(link.replace(/^https?:\/\/[^/]+\//, server.url));
      await page.getByRole('button', { name: 'Koppla' }).click();
      await page.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();
      await page.getByRole('link', { name: 'Till start' }).click();
      await page.getByRole('link', { name: /Skatta dagens gruppträff/ }).waitFor();
      phones.push(page);
    }
  });

  const rate = async (page: Page, fraction: number) => {
    const app = new ParticipantApp(page);
    await page.getByRole('link', { name: /Skatta dagens gruppträff/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur var gruppträffen?' }).waitFor();
    for (const item of ITEMS) await app.tapLine(item, fraction);
    await app.save();
    // Rated: home no longer invites a second rating of the same session.
    await page.getByRole('button', { name: 'Till start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hej!' }).waitFor();
    await page.getByRole('link', { name: /Hur har du haft det/ }).waitFor();
    expect(await page.getByRole('link', { name: /Skatta dagens gruppträff/ }).count()).toBe(0);
  };
  const answered = () => coach.getByRole('status').innerText();

  it('shows no result after two answers', async () => {
    await rate(phones[0]!, 0.9);
    await rate(phones[1]!, 0.7);
    await coach.getByText('2 av 4 har svarat.').waitFor();
    expect(await coach.getByText('Resultatet visas när minst tre har svarat').count()).toBe(1);
    expect(await coach.locator('table').count()).toBe(0);
  });

  it('shows means after three; a late 4th rating made offline is counted but moves nothing', async () => {
    await rate(phones[2]!, 0.8);
    await coach.getByText('3 av 4 har svarat.').waitFor();
    const total = coach.getByRole('row', { name: /Summa/ });
    expect(await total.locator('td').first().innerText()).toBe('32,0');
    // Means only, and nothing of the coach on a screen shown to the room.
    const screen = await coach.locator('body').innerText();
    expect(screen).not.toMatch(/lägst|högst|Logga ut|Inloggad som|@example/);
    expect(await axeViolations(coach)).toEqual([]);

    await phones[3]!.context().setOffline(true);
    await rate(phones[3]!, 0.5);
    await phones[3]!.getByText('1 svar väntar på att skickas.').waitFor();
    expect(await answered()).toBe('3 av 4 har svarat.');
    await phones[3]!.context().setOffline(false);
    await coach.getByText('4 av 4 har svarat.').waitFor({ timeout: 20_000 });
    // 4 × new − 3 × old would be the 4th person's rating: the mean waits for three more.
    expect(await total.locator('td').first().innerText()).toBe('32,0');
    await coach.getByText('Medelvärdet gäller de 3 första svaren.', { exact: false }).waitFor();
  });
});
