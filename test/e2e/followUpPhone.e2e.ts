import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { addStaffAccount, axeViolations, coachApi, phone, serveBuiltApp } from './harness';

/**
 * After exit, a participant who agreed to follow-up answers "Hur går det nu?" on their own
 * phone, offline, and the answer reaches the coach as the follow-up's status.
 */
describe('follow-up on the phone', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;
  let coach: Awaited<ReturnType<typeof coachApi>>;
  let id: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Avesta');
    await addStaffAccount(server, team, 'coach@example.org');
    coach = await coachApi(server, 'coach@example.org');
    id = await coach.addParticipant('AV-1', { intakeDate: '2025-09-01' });
    const { link } = await coach.invite(id);
    context = await phone(360);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(link.replace(/^https?:\/\/[^/]+\//, server.url));
    await page.getByRole('button', { name: 'Koppla', exact: true }).click();
    await page
      .getByText(/kopplad/i)
      .first()
      .waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const call = (path: string, method: string, body: unknown) =>
    fetch(new URL(path, server.url), {
      method,
      headers: coach.headers,
      body: JSON.stringify(body),
    });

  it('after exit with consent, the phone asks only "Hur går det nu?"', async () => {
    await call(`/api/participants/${id}`, 'PATCH', { exitDate: '2026-03-31', exitReason: 'work' });
    expect((await call(`/api/participants/${id}/follow-up`, 'PUT', { consent: true })).status).toBe(
      200,
    );
    await page.goto(`${server.url}#/`);
    await page.reload();
    const card = page.locator('a.next-step');
    await card.filter({ hasText: 'Hur går det nu?' }).waitFor();
    expect(await card.innerText()).toContain('3 månader sedan du slutade');
    // Nothing else can be written: no ORS, SRS or scale to fill in.
    expect(await page.locator('a[href^="#/rate/"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('answers offline, and the coach sees it once the phone is back online', async () => {
    await context.setOffline(true);
    await page.locator('a.next-step').click();
    await page.getByRole('heading', { level: 1, name: 'Hur går det nu?' }).waitFor();
    await page.getByRole('button', { name: 'Spara svaret' }).click();
    await page.getByRole('alert').filter({ hasText: 'Välj ett svar på båda frågorna.' }).waitFor();
    await page.getByLabel('Jag arbetar med stöd, till exempel lönebidrag').check();
    await page.getByLabel('Lön', { exact: true }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara svaret' }).click();
    await page.getByText('Tack! Ditt svar är sparat.').waitFor();
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    // The six-month follow-up (30 September) is due too.
    await page.locator('a.next-step').filter({ hasText: '6 månader sedan du slutade' }).waitFor();
    // Answered too, the next is on 31 March 2027: a single reminder for that day.
    await page.locator('a.next-step').click();
    await page.getByLabel('Jag arbetar, utan stöd').check();
    await page.getByLabel('Lön', { exact: true }).check();
    await page.getByRole('button', { name: 'Spara svaret' }).click();
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await page.getByText('Nästa gång vi frågar hur det går: 31 mars 2027.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lägg in en påminnelse i kalendern' }).click(),
    ]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('DTSTART:20270331T100000');
    expect(ics).not.toContain('RRULE');
    await context.setOffline(false);
    await expect
      .poll(
        async () => {
          const res = await coach.get(`/api/participants/${id}/statuses`);
          return ((await res.json()) as { statuses: unknown[] }).statuses;
        },
        { timeout: 15_000 },
      )
      .toEqual([
        expect.objectContaining({
          moment: 'followup',
          months: 3,
          status: 'subsidised_work',
          income: 'salary',
          recordedBy: 'participant',
        }),
        expect.objectContaining({ months: 6, status: 'work', recordedBy: 'participant' }),
      ]);
  });

  it('ends when the participant says stop, and then asks nothing', async () => {
    await page.getByText('Sluta med uppföljningen').click();
    await page.getByRole('button', { name: 'Sluta få frågor' }).click();
    await page.getByText('Du får inga fler frågor. Tack!').waitFor();
    await page.reload();
    await page.getByText('Uppföljningen är avslutad. Tack för dina svar!').waitFor();
    expect(await page.locator('a.next-step').count()).toBe(0);
    await expect
      .poll(
        async () => {
          const res = await coach.get(`/api/participants/${id}`);
          return ((await res.json()) as { participant: { followUpEndedAt: string | null } })
            .participant.followUpEndedAt;
        },
        { timeout: 15_000 },
      )
      .toEqual(expect.any(String));
  });
});
