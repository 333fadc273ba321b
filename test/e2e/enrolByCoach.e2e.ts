import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import { launchOptions } from './browser.mjs';
import {
  addStaffAccount,
  axeViolations,
  serveBuiltApp,
  signInAsStaff,
  type RunningServer,
} from './harness';

/** A coach enrols a participant in the app, invites a phone, sees it, and disconnects it. */
describe('enrolment by a coach in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let coach: Page;
  let phone: Page;
  let shortCode = '';

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Säter');
    await addStaffAccount(server, team, 'coach@example.org');
    browser = await chromium.launch(launchOptions());
    coach = await (
      await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'sv-SE' })
    ).newPage();
    phone = await (
      await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'sv-SE' })
    ).newPage();
    for (const page of [coach, phone]) page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a participant with a pseudonymous code and gets a code, a link and a QR code', async () => {
    await signInAsStaff(coach, server, 'coach@example.org');
    await coach.getByRole('link', { name: 'Ny deltagare' }).click();
    await coach.getByLabel('Kod (pseudonym)').fill('SA-014');
    await coach.getByLabel('Födelseår').fill('1979');
    await coach.getByLabel('Kön').selectOption('woman');
    await coach.getByLabel('Remittent').selectOption('fk');
    expect(await axeViolations(coach)).toEqual([]);
    await coach.getByRole('button', { name: 'Skapa deltagaren' }).click();
    await coach.getByRole('heading', { level: 1, name: /Deltagare SA-014/ }).waitFor();
    await coach.getByRole('button', { name: 'Ny inbjudan till en telefon' }).click();
    shortCode = await coach.locator('.invite-code').innerText();
    expect(shortCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await coach.getByRole('img', { name: 'QR-kod med länken' }).isVisible()).toBe(true);
    expect(await axeViolations(coach)).toEqual([]);
  });

  it('the phone connects with the typed code; the coach sees it and can disconnect it', async () => {
    await phone.goto(new URL('#/join', server.url).href);
    await phone.getByLabel('Kod').fill(shortCode);
    await phone.getByRole('button', { name: 'Koppla' }).click();
    await phone.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();

    await coach.reload();
    await coach.getByText(/kopplad .*senast sedd/).waitFor();
    coach.once('dialog', (d) => void d.accept());
    await coach.getByRole('button', { name: 'Koppla bort' }).click();
    await coach.getByText(/bortkopplad/).waitFor();

    await phone.goto(new URL('#/', server.url).href);
    await phone.reload();
    await phone
      .getByText('Telefonen är inte längre kopplad till teamet', { exact: false })
      .or(phone.getByText('Telefonen är inte kopplad till ditt team', { exact: false }))
      .first()
      .waitFor();
  });

  it('a disconnected phone keeps new answers, says they wait, and sends them after re-joining', async () => {
    await phone.goto(new URL('#/rate/srs', server.url).href);
    // The form loads as its own chunk: wait for it before reading its sliders.
    await phone.getByRole('slider').first().waitFor();
    for (const slider of await phone.getByRole('slider').all()) {
      await slider.focus();
      await phone.keyboard.press('End');
    }
    await phone.getByRole('button', { name: 'Gå vidare' }).click();
    await phone.getByRole('button', { name: 'Spara' }).click();
    await phone.getByRole('heading', { name: 'Sparat' }).waitFor();
    await phone.getByRole('button', { name: 'Till start' }).click();
    await phone
      .getByText('1 svar väntar i telefonen. Det skickas när telefonen är kopplad till teamet.')
      .waitFor();
    expect(await phone.getByText('sparas bara här').count()).toBe(0);

    await coach.getByRole('button', { name: 'Ny inbjudan till en telefon' }).click();
    const again = await coach.locator('.invite-code').innerText();
    await phone.getByRole('link', { name: 'Koppla till ditt team' }).click();
    await phone.getByLabel('Kod').fill(again);
    await phone.getByRole('button', { name: 'Koppla' }).click();
    await phone.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();
    await phone.goto(new URL('#/', server.url).href);
    await phone.getByText('Allt är skickat till ditt team.', { exact: false }).waitFor();
  });
});
