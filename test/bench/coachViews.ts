// Coach view figures: server time for a participant list of 500 and a trend of 100
// sessions, and the browser's time to draw that trend.
import { chromium } from 'playwright-core';
import { launchOptions } from '../../test/e2e/browser.mjs';
import {
  addStaffAccount,
  serveBuiltApp,
  signInAsStaff,
  STAFF_PASSWORD,
} from '../../test/e2e/harness';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { createTeam } from '../../src/server/teams/accounts';

const PARTICIPANTS = 500;
const SESSIONS_EACH = 8;
const LONG_TREND = 100;

function csv(): string {
  const rows = [
    'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total',
  ];
  const day = (i: number) =>
    new Date(Date.UTC(2024, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10);
  const add = (code: string, sessions: number) => {
    for (let s = 0; s < sessions; s++) {
      const v = (((s * 7 + code.length) % 90) + 10) / 10;
      rows.push(`${code},woman,1985,2024-01-01,,,ors,${day(s)},${v},${v},${v},${v},`);
      rows.push(`${code},woman,1985,2024-01-01,,,srs,${day(s)},9,9.5,${v},9,`);
    }
  };
  for (let p = 0; p < PARTICIPANTS - 1; p++) add(`P-${p}`, SESSIONS_EACH);
  add('LONG', LONG_TREND);
  return rows.join('\n') + '\n';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function coachViewFigures(): Promise<void> {
  const server = await serveBuiltApp();
  const team = await createTeam(server.store, 'Bench');
  await addStaffAccount(server, team, 'bench@example.org');
  await importRatingsCsv(server.store, team, csv());
  const long = await server.store.db
    .selectFrom('participants')
    .select('id')
    .where('code', '=', 'LONG')
    .executeTakeFirstOrThrow();

  const signIn = await fetch(new URL('/api/auth/sign-in', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.org', password: STAFF_PASSWORD }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const once = async (path: string) => {
    const t0 = performance.now();
    await (await fetch(new URL(path, server.url), { headers: { cookie } })).arrayBuffer();
    return performance.now() - t0;
  };
  const time = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const res = await fetch(new URL(path, server.url), { headers: { cookie } });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  // The first load computes and stores every summary; later ones read them back.
  const firstList = await once('/api/participants');
  const list = await time('/api/participants');
  const trend = await time(`/api/participants/${long.id}/ratings`);

  const browser = await chromium.launch(launchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await signInAsStaff(page, server, 'bench@example.org');
  const draws: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(new URL('#/staff', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Teamet' }).waitFor({ timeout: 30_000 });
    const t0 = Date.now();
    await page.goto(new URL(`#/staff/p/${long.id}`, server.url).href);
    await page.locator('canvas').nth(1).waitFor({ timeout: 30_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    draws.push(Date.now() - t0);
  }
  await browser.close();
  await server.close();

  console.log(
    `\nCoach views (SQLite; ${PARTICIPANTS} participants, ${PARTICIPANTS * SESSIONS_EACH * 2} ratings)`,
  );
  console.log(
    `  participant list of ${PARTICIPANTS} with summaries and alerts: median ${list.toFixed(0)} ms (goal ≤ 30 ms; server, over HTTP; stored summaries)`,
  );
  console.log(
    `    its first load, computing and storing all ${PARTICIPANTS} summaries: ${firstList.toFixed(0)} ms`,
  );
  console.log(
    `  trend of ${LONG_TREND} sessions (ORS + SRS): median ${trend.toFixed(1)} ms (server, over HTTP)`,
  );
  console.log(
    `  opening that trend until its charts are drawn, headless Chromium: median ${median(draws)} ms (5 runs)`,
  );
}
