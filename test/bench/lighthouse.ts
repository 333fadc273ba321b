// Lighthouse (pinned 12.2.3) on the participant's home and ORS form, mobile, against the
// real server, in a phone that has joined its team (so home shows what a participant sees).
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { freshProfileDir, launchOptions } from '../../test/e2e/browser.mjs';
import { addStaffAccount, coachApi, serveBuiltApp } from '../../test/e2e/harness';
import { freePort } from '../../test/server/serverProcess';
import { createTeam } from '../../src/server/teams/accounts';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const GOALS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
};

export async function lighthouseFigures(): Promise<void> {
  const server = await serveBuiltApp();
  const team = await createTeam(server.store, 'Bench');
  await addStaffAccount(server, team, 'coach@example.org');
  const coach = await coachApi(server, 'coach@example.org');
  const { link } = await coach.invite(await coach.addParticipant('LH-1'));

  const port = await freePort();
  const options = launchOptions();
  const context = await chromium.launchPersistentContext(freshProfileDir(), {
    ...options,
    args: [...(options.args ?? []), `--remote-debugging-port=${port}`],
    // Playwright turns the back/forward cache off; Lighthouse's bf-cache audit should see
    // what a phone's browser would do with the page.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    locale: 'sv-SE',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(link.replace(/^https?:\/\/[^/]+\//, server.url));
  await page.getByRole('button', { name: 'Koppla' }).click();
  await page.getByText('Klart! Telefonen är kopplad till ditt team.').waitFor();

  console.log(
    `\nLighthouse ${'12.2.3'}, mobile, real server (goals: performance ≥ 95, accessibility 100, best practices 100)`,
  );
  for (const [name, path] of [
    ['participant home', ''],
    ['ORS form', '#/rate/ors'],
  ] as const) {
    // Three runs, the median of each score: one run on a shared machine varies by a few points.
    const runs: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // Keep the joined phone: a reset would show the "connect your phone" screen instead.
        disableStorageReset: true,
      });
      runs.push(result!.lhr);
    }
    const median = (c: (typeof CATEGORIES)[number]) =>
      runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)).sort((x, y) => x - y)[
        Math.floor(RUNS / 2)
      ]!;
    const lhr = runs[0]!;
    const scores = CATEGORIES.map((c) => {
      const score = median(c);
      return `${c} ${score}${score < GOALS[c] ? ' (below goal)' : ''}`;
    });
    console.log(`  ${name.padEnd(17)} ${scores.join('   ')}   (median of ${RUNS} runs)`);
    const metric = (id: string) => `${id} ${lhr.audits[id]?.displayValue ?? '?'}`; // first run
    console.log(
      `    ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(metric).join(', ')}`,
    );
    const work = (
      lhr.audits['mainthread-work-breakdown']?.details as
        { items?: { groupLabel: string; duration: number }[] } | undefined
    )?.items;
    if (work)
      console.log(
        `    main thread (4× slowed): ${work
          .slice(0, 4)
          .map((w) => `${w.groupLabel.toLowerCase()} ${w.duration.toFixed(0)} ms`)
          .join(', ')}`,
      );
    // Name what cost points, so a low score says where to look.
    const lost = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (lost.length) console.log(`    failing audits: ${lost.join(', ')}`);
  }
  await context.close();
  await server.close();
}
