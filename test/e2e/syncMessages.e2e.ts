import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog as ar } from '../../src/client/i18n/languages/ar';
import { createTeam } from '../../src/server/teams/accounts';
import { addStaffAccount, coachApi, phone, serveBuiltApp } from './harness';

const DAY_MS = 86_400_000;

/** A phone whose clock runs a day ahead: the team's server refuses what it dates. */
function clockAhead(ms: number) {
  const RealDate = Date;
  class AheadDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + ms);
      else super(...(args as [string]));
    }
    static override now() {
      return RealDate.now() + ms;
    }
  }
  (window as unknown as { Date: DateConstructor }).Date = AheadDate as DateConstructor;
}

/**
 * What the home screen says about sending, in Arabic: nothing while there is nothing to say
 * (not an empty box offline), and for a refused answer one message in the participant's
 * language, never "everything is sent" beside it nor the server's English reason.
 */
describe("the phone's word on sending", () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;
  let joinLink: string;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Hedemora');
    await addStaffAccount(server, team, 'coach@example.org');
    const coach = await coachApi(server, 'coach@example.org');
    joinLink = (await coach.invite(await coach.addParticipant('HD-7'))).link;
    context = await phone(360);
    await context.addInitScript(clockAhead, DAY_MS);
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('joins, and says nothing about sending on an offline home with nothing waiting', async () => {
    await page.goto(`${server.url}?lang=ar#/`);
    await page.getByRole('heading', { level: 1, name: ar.ui['home.title'] }).waitFor();
    await page.goto(joinLink.replace(/^https?:\/\/[^/]+\//, server.url));
    await page.getByRole('button', { name: ar.ui['join.submit'] }).click();
    await page.getByText(ar.ui['join.joined']).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.goto(`${server.url}#/`);
    await page.getByRole('heading', { level: 1, name: ar.ui['home.title'] }).waitFor();
    expect(await page.locator('.sync-status').count()).toBe(0);
    await context.setOffline(false);
  });

  it('tells of a refused answer once, in Arabic, with the reason from its code', async () => {
    await page.goto(`${server.url}#/rate/srs`);
    await page.getByRole('heading', { level: 1, name: ar.instruments.srs.title }).waitFor();
    for (const slider of await page.getByRole('slider').all()) {
      await slider.focus();
      await page.keyboard.press('End');
    }
    await page.getByRole('button', { name: ar.ui['form.next'] }).click();
    await page.getByRole('button', { name: ar.ui['review.save'] }).click();
    await page.getByRole('heading', { name: ar.ui['saved.title'] }).waitFor();
    await page.goto(`${server.url}#/`);
    await page.getByRole('heading', { name: ar.ui['sync.rejectedTitle.one'] }).waitFor();
    const status = await page.locator('.sync-status').innerText();
    expect(status).toContain(ar.ui['sync.rejected.future_date']);
    expect(status).toContain(ar.ui['sync.rejectedHelp']);
    const home = await page.locator('body').innerText();
    expect(home).not.toContain(ar.ui['sync.allSent']);
    expect(home).not.toMatch(/future|dated/i);
    // One message: the refusal is said at the top of home, not again below the tasks.
    expect(await page.locator('.sync-status').count()).toBe(1);
  });
});
