import type { BrowserContext, Page } from 'playwright-core';
import { CSV_COLUMNS } from '../../src/server/csv/ratingsCsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { createTeam } from '../../src/server/teams/accounts';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  phone,
  scrollsSideways,
  serveBuiltApp,
  signInAsStaff,
} from './harness';

const HEADER = CSV_COLUMNS.join(',');

/** 40 weekly sessions of ORS and SRS; the last SRS falls 3.2 points, the ORS never moves. */
function longCourse(code: string): string[] {
  const rows: string[] = [];
  const start = Date.UTC(2026, 0, 5);
  for (let week = 0; week < 40; week++) {
    const day = new Date(start + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const srs = week === 39 ? 9.2 : 10;
    rows.push(`${code},woman,1980,2026-01-05,,,ors,${day},4,4,4,4,`);
    rows.push(`${code},woman,1980,2026-01-05,,,srs,${day},${srs},${srs},${srs},${srs},`);
  }
  return rows;
}

/** 20 exited participants who started at 16 and gained a point a session for 8 sessions. */
function pastCourses(): string[] {
  return Array.from({ length: 20 }, (_, p) =>
    Array.from({ length: 8 }, (_, s) => {
      const day = new Date(Date.UTC(2025, 0, 6) + s * 7 * 86_400_000).toISOString().slice(0, 10);
      return `PX-${p},man,1985,2025-01-06,2025-03-31,work,ors,${day},,,,,${16 + s}`;
    }),
  ).flat();
}

/** Five sessions at 16 from the same start: under the team's usual course. */
function flat(code: string): string[] {
  return Array.from({ length: 5 }, (_, s) => {
    const day = new Date(Date.UTC(2026, 9, 5) + s * 7 * 86_400_000).toISOString().slice(0, 10);
    return `${code},man,1990,2026-10-05,,,ors,${day},4,4,4,4,`;
  });
}

/**
 * A coach's week: the team home counts open signals per rule, "Mina deltagare" comes
 * first, a trend of 40 sessions fits in about two screens, and a signal is acknowledged
 * with a note that goes into the history and closes it.
 */
describe("a coach's week", () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Säter');
    await addStaffAccount(server, team, 'coach@example.org');
    await addStaffAccount(server, team, 'other@example.org');
    await importRatingsCsv(
      server.store,
      team,
      [
        HEADER,
        ...longCourse('SA-040'),
        ...longCourse('SA-041'),
        ...pastCourses(),
        ...flat('SA-042'),
      ].join('\n'),
    );
    // The coach is responsible for SA-040 only; SA-041 is a colleague's.
    const coach = await coachApi(server, 'coach@example.org');
    const { participants } = (await (await coach.get('/api/participants')).json()) as {
      participants: { id: string; code: string }[];
    };
    const team_ = (await (await coach.get('/api/team')).json()) as {
      coaches: { id: string; email: string }[];
    };
    const id = (email: string) => team_.coaches.find((c) => c.email === email)!.id;
    const put = (code: string, email: string) =>
      fetch(
        new URL(
          `/api/participants/${participants.find((p) => p.code === code)!.id}/coaches`,
          server.url,
        ),
        {
          method: 'PUT',
          headers: coach.headers,
          body: JSON.stringify({ userIds: [id(email)] }),
        },
      );
    await put('SA-040', 'coach@example.org');
    await put('SA-041', 'other@example.org');
    context = await phone(1280);
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('starts from the signals per rule and the coach’s own participants', async () => {
    await signInAsStaff(page, server, 'coach@example.org');
    const signals = page.locator('.rule-list > li');
    await signals.first().waitFor();
    // Both participants' SRS fell 3.2 points; neither ORS moved reliably in 40 sessions.
    expect(await signals.allInnerTexts()).toEqual([
      expect.stringMatching(/^SRS har sjunkit\s+2 st$/),
      expect.stringMatching(/^Ingen säker förbättring\s+2 st$/),
      // SA-042 lies under what the team's own past participants from 16 had reached.
      expect.stringMatching(/^Under teamets vanliga förlopp\s+1 st$/),
    ]);
    expect(await page.getByLabel('Visa').inputValue()).toBe('mine');
    const codes = await page.locator('.participant-table tbody th a').allInnerTexts();
    expect(codes).toEqual(['SA-040']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows 40 sessions chart first, in about two screens', async () => {
    await page.getByRole('link', { name: 'SA-040' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Deltagare SA-040/ }).waitFor();
    await page.locator('canvas').nth(1).waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2.5 * 800);
    // The team's own course for a start at 16, with its n and what it is.
    await page.getByText(/Teamets vanliga förlopp .* började på 15–20 poäng \(n = 20;/).waitFor();
    // The tables are one press away, not open under every chart.
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByRole('button', { name: 'Visa som tabell' }).first().click();
    expect(await page.getByRole('table').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('acknowledges a signal with a note, kept in the history, and it closes', async () => {
    const drop = page.locator('.alert-items li', { hasText: 'SRS har sjunkit' });
    await drop.getByRole('button', { name: 'Kvittera efter samtal' }).click();
    await page.getByRole('button', { name: 'Kvittera signalen' }).click();
    await page.getByText('Skriv en kort rad om vad ni gjorde först.').waitFor();
    await page
      .getByLabel('Vad pratade ni om, eller vad görs nu?')
      .fill('Pratade om gruppens tempo; byter grupp.');
    await page.getByRole('button', { name: 'Kvittera signalen' }).click();
    await page.getByText('Kvitterade signaler (1)').click();
    await page
      .locator('.alerts-panel details')
      .getByText('Pratade om gruppens tempo; byter grupp.')
      .waitFor();
    expect(await page.locator('.alert-items li', { hasText: 'SRS har sjunkit' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('heading', { name: 'Inskrivning och avslut' }).click();
    await page.getByText('Ändringshistorik').click();
    await page
      .getByText('Signal kvitterad: SRS har sjunkit – ”Pratade om gruppens tempo; byter grupp.”')
      .waitFor();

    await page.getByRole('link', { name: 'Till teamet' }).click();
    const signals = page.locator('.rule-list > li');
    await signals.first().waitFor();
    expect(await signals.first().innerText()).toMatch(/^SRS har sjunkit\s+1 st$/);
  });

  it('prints "Din väg i Stegvis" for the exit conversation: one page, plain words', async () => {
    await page.getByRole('link', { name: 'SA-040' }).first().click();
    await page.getByRole('link', { name: /^Din väg i Stegvis/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Din väg i Stegvis' }).waitFor();
    await page.locator('canvas').waitFor();
    const text = await page.locator('article').innerText();
    expect(text).toContain('Första gången, 5 jan. 2026, blev dina svar tillsammans 16,0 av 40.');
    expect(text).toContain('Det är lika som i början.');
    // Nothing clinical, nothing about signals or the team's rules.
    expect(text).not.toMatch(/klinisk|tillförlitlig|signal|gräns/i);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    // One page: a PDF names each of its pages once as /Type /Page.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  it('fits a phone: the signals and the trend at 360 px without sideways scroll', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await scrollsSideways(page)).toBe(false);
  });
});
