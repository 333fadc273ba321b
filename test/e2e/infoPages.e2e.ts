import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/server/teams/accounts';
import {
  addStaffAccount,
  axeViolations,
  coachApi,
  phone,
  scrollsSideways,
  serveBuiltApp,
  type RunningServer,
} from './harness';
import { ParticipantApp } from './participantPages';

/**
 * The pages every screen links to, on a 360 px phone with the network off: the
 * participant's own data with a file to keep, the privacy notice (plain and easy-read) with
 * the team's contact, and the accessibility statement.
 */
describe('my data, privacy notice and accessibility statement', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let app: ParticipantApp;

  beforeAll(async () => {
    server = await serveBuiltApp();
    const team = await createTeam(server.store, 'Samverkansteamet Säter');
    await addStaffAccount(server, team, 'lead@example.org', 'admin');
    const admin = await coachApi(server, 'lead@example.org');
    await fetch(new URL('/api/team/settings', server.url), {
      method: 'PATCH',
      headers: admin.headers,
      body: JSON.stringify({
        contact: 'Lena Lind, 0225-123 45, lena@sater.example',
        retentionMonths: 36,
      }),
    });
    const id = await admin.addParticipant('SA-42');
    const { link } = await admin.invite(id);
    context = await phone(360);
    page = context.pages()[0] ?? (await context.newPage());
    app = new ParticipantApp(page);
    await page.goto(link.replace(/^https?:\/\/[^/]+\//, server.url));
    await page.getByRole('button', { name: 'Koppla' }).click();
    await page.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Sync fetches the team's details for the notice; then the network goes.
    await page.goto(new URL('#/', server.url).href);
    await page.waitForFunction(async () => {
      const db = await new Promise<IDBDatabase>((r) => {
        const o = indexedDB.open('stegvis');
        o.onsuccess = () => r(o.result);
      });
      const wording = await new Promise<unknown>((r) => {
        const q = db.transaction('meta').objectStore('meta').get('teamWording');
        q.onsuccess = () => r(q.result);
      });
      db.close();
      return !!(wording as { team?: unknown } | undefined)?.team;
    });
    await context.setOffline(true);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('links to the pages from every screen, and shows what the phone holds, offline', async () => {
    await app.choose('Hur har du haft det?');
    for (const item of ['Jag själv', 'Nära relationer', 'Vardagen utanför hemmet', 'Allt som allt'])
      await app.tapLine(item, 0.5);
    await app.save();
    await page.goto(new URL('#/', server.url).href);
    await page
      .getByRole('navigation', { name: 'Om Stegvis' })
      .getByRole('link', { name: 'Mina uppgifter' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
    await page.getByText('med koden SA-42').waitFor();
    await page.getByText('På telefonen finns 1 svar').waitFor();
    await page.getByText('1 av dem väntar på att skickas').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner mina uppgifter (JSON)' }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(saved.connection.participantCode).toBe('SA-42');
    expect(saved.facts).toHaveLength(1);
    expect(JSON.stringify(saved)).not.toMatch(/token/i);
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("tells what is stored and why, with the team's contact, plainly and in easy-read", async () => {
    await page.getByRole('link', { name: 'Personuppgifter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dina personuppgifter i Stegvis' }).waitFor();
    await page.getByText('Samverkansteamet Säter ansvarar för uppgifterna').waitFor();
    await page
      .getByText(/Lena Lind, 0225-123 45/)
      .first()
      .waitFor();
    await page.getByText('36 månader efter att du har avslutat').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Läs en lättläst version' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dina uppgifter – lättläst' }).waitFor();
    await page.getByText('Du har en kod i stället för ditt namn.', { exact: false }).waitFor();
    // The team gave a contact, so the last line gives it once, not "ask your coach" twice.
    await page.getByText(/Du kan också nå teamet så här: Lena Lind/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('has an accessibility statement with its known gaps and where to report', async () => {
    await page.getByRole('link', { name: 'Tillgänglighet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    await page.getByText('delvis förenlig').waitFor();
    await page.getByRole('heading', { name: 'Rapportera brister' }).waitFor();
    await page.getByRole('heading', { name: 'Tillsyn' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
