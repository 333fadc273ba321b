import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { launchOptions } from './browser.mjs';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
  type RunningServer,
} from './harness';

/**
 * The team admin's records work on a phone-sized screen: the access-log review with its
 * monthly sample, and erasure of a participant whose retention time has run out.
 */
describe('records: access log and erasure', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let activeId: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Säter');
    await addStaffAccount(server, team, 'lead@example.org', 'admin');
    await addStaffAccount(server, team, 'coach@example.org');
    const coach = await coachApi(server, 'coach@example.org');
    const gone = await coach.addParticipant('GONE-1', { intakeDate: '2023-01-10' });
    activeId = await coach.addParticipant('ACTIVE-1', {
      intakeDate: '2026-01-10',
      displayName: 'Amal',
      referrer: 'fk',
    });
    await coach.post(`/api/participants/${activeId}/coach-notes`, {
      sessionDate: '2026-02-01',
      text: 'Pratade om praktik på biblioteket',
    });
    await server.store.db
      .updateTable('participants')
      .set({ exit_date: '2023-06-30', exit_reason: 'work' })
      .where('id', '=', gone)
      .execute();
    // The coach opens the participant: a read the log must show.
    await coach.get(`/api/participants/${gone}`);
    browser = await chromium.launch(launchOptions());
    admin = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'sv-SE' });
    admin.setDefaultTimeout(10_000);
    await signInAsStaff(admin, server, 'lead@example.org');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows who read a participant, and draws a sample', async () => {
    await admin.goto(new URL('#/staff/team', server.url).href);
    const section = admin.locator('section', {
      has: admin.getByRole('heading', { name: /Loggen över/ }),
    });
    await section.getByLabel('Deltagare (kod)').fill('GONE-1');
    await section.getByRole('button', { name: 'Visa' }).click();
    await section.getByRole('status').filter({ hasText: 'Läsningar:' }).waitFor();
    await section.getByRole('cell', { name: 'coach@example.org' }).waitFor();
    await section.getByRole('cell', { name: 'öppnade deltagaren' }).waitFor();
    await section.getByLabel('Deltagare (kod)').fill('');
    await section.getByRole('button', { name: 'Dra stickprov (20)' }).click();
    await section.getByRole('status').filter({ hasText: 'Stickprov:' }).waitFor();
    await admin.screenshot({ path: '/tmp/log-review.png', fullPage: false });
    expect(await axeViolations(admin)).toEqual([]);
    expect(await scrollsSideways(admin)).toBe(false);
  });

  it('erases a participant past retention on a recorded, confirmed decision', async () => {
    const section = admin.locator('section', {
      has: admin.getByRole('heading', { name: 'Gallring' }),
    });
    await section.getByRole('cell', { name: 'GONE-1' }).waitFor();
    expect(await section.getByRole('cell', { name: 'ACTIVE-1' }).count()).toBe(0);
    const erase = section.getByRole('button', { name: 'Radera uppgifterna' });
    await erase.click();
    await section.getByRole('alert').filter({ hasText: 'diarienummer' }).waitFor();
    await section.getByLabel('Beslut (diarienummer eller motsvarande)').fill('Dnr 2026/88');
    await erase.click();
    await section.getByRole('alert').filter({ hasText: 'inte kan ångras' }).waitFor();
    await section.getByLabel('Jag förstår att uppgifterna om GONE-1 inte kan återställas.').check();
    await erase.click();
    await section
      .getByRole('status')
      .filter({ hasText: 'Uppgifterna om GONE-1 är raderade.' })
      .waitFor();
    await section.getByText('Ingen deltagare har passerat bevarandetiden.').waitFor();
    await section.getByText('Gjorda raderingar').click();
    await section.getByText(/beslut Dnr 2026\/88, av lead@example.org/).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    expect(
      await server.store.db
        .selectFrom('participants')
        .select('code')
        .where('code', '=', 'GONE-1')
        .execute(),
    ).toEqual([]);
  });

  it("gives the participant's own extract as readable A4, and logs it", async () => {
    await admin.goto(new URL(`#/staff/p/${activeId}`, server.url).href);
    await admin.getByRole('link', { name: /Utdrag till deltagaren/ }).click();
    await admin
      .getByRole('heading', { level: 1, name: 'Utdrag ur Stegvis för ACTIVE-1' })
      .waitFor();
    await admin.getByText('Pratade om praktik på biblioteket').waitFor();
    await admin.getByRole('heading', { name: 'Vem har läst dina uppgifter' }).waitFor();
    await admin.getByText(/lead@example.org, utdrag åt deltagaren/).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    expect(await scrollsSideways(admin)).toBe(false);
    await admin.emulateMedia({ media: 'print' });
    const pdf = await admin.pdf({ format: 'A4', printBackground: true });
    await admin.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
