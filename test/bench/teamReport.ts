// Team report figures: the report over 10,000 participants and 300,000 ratings on SQLite
// and PostgreSQL, beside a bare scan of the same rows with a group-by (the floor).
// Goal: within 3× the floor on both databases, and under 300 ms on SQLite.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import pg from 'pg';
import { openStore, type Store } from '../../src/server/db/connect';
import type { Database } from '../../src/server/db/schema';
import { reportForTeam } from '../../src/server/reports/cohort';
import { createTeam } from '../../src/server/teams/accounts';
import { EXIT_REASONS, GENDERS } from '../../src/shared/participant';
import { exportFigures } from './teamExport';

const PARTICIPANTS = 10_000;
const RATINGS_EACH = 30;
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Five years of a large team: intake spread over 2021–2025, two in three exited. */
export async function seed(store: Store): Promise<string> {
  const team = await createTeam(store, 'Bench');
  const day = (base: number, plus: number) =>
    new Date(Date.UTC(2021, 0, 1) + (base + plus) * 86_400_000).toISOString().slice(0, 10);
  for (let start = 0; start < PARTICIPANTS; start += 500) {
    const people: Insertable<Database['participants']>[] = [];
    const facts: Insertable<Database['facts']>[] = [];
    for (let p = start; p < start + 500; p++) {
      const id = randomUUID();
      const intake = (p * 7) % 1800;
      const exited = p % 3 !== 0;
      people.push({
        id,
        team_id: team,
        code: `B-${p}`,
        display_name: null,
        gender: GENDERS[p % 2]!,
        birth_year: 1960 + (p % 45),
        intake_date: day(intake, 0),
        exit_date: exited ? day(intake, 200 + (p % 300)) : null,
        exit_reason: exited ? EXIT_REASONS[p % EXIT_REASONS.length]! : null,
        referrer: 'af',
        support: null,
        exit_note: null,
        created_at: new Date().toISOString(),
      });
      for (let r = 0; r < RATINGS_EACH; r++) {
        const instrument = (['ors', 'srs', 'gsrs'] as const)[r % 3];
        const at = `${day(intake, r * 7)}T09:30:00.000Z`;
        const v = ((p + r) % 80) / 10 + 2;
        const fact = {
          type: 'rating',
          id: randomUUID(),
          instrument,
          instrumentVersion: 1,
          administeredAt: at,
          values: { a: v, b: v, c: v, d: v },
          provenance: 'participant_device',
          wording: 'neutral',
        };
        facts.push({
          participant_id: id,
          id: fact.id,
          type: 'rating',
          instrument,
          occurred_at: at,
          total: v * 4,
          provenance: fact.provenance,
          body: JSON.stringify(fact),
          device_id: null,
          received_at: at,
          group_session: null,
        });
      }
    }
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('participants').values(people).execute();
      for (let i = 0; i < facts.length; i += 1000)
        await trx
          .insertInto('facts')
          .values(facts.slice(i, i + 1000))
          .execute();
    });
  }
  return team;
}

/** The floor: a bare scan of the same rows with a group-by in the database, nothing else. */
async function bareScan(store: Store, team: string): Promise<number> {
  const t0 = performance.now();
  await store.db
    .selectFrom('facts')
    .innerJoin('participants', 'participants.id', 'facts.participant_id')
    .select(['facts.participant_id', (eb) => eb.fn.countAll().as('n')])
    .where('participants.team_id', '=', team)
    .groupBy('facts.participant_id')
    .execute();
  return performance.now() - t0;
}

async function measure(name: string, store: Store): Promise<void> {
  const t0 = performance.now();
  const team = await seed(store);
  const seeded = (performance.now() - t0) / 1000;
  const period = { from: '2024-07-01', to: '2025-06-30' };
  const times: number[] = [];
  const floors: number[] = [];
  let exits = 0;
  for (let i = 0; i < RUNS; i++) {
    floors.push(await bareScan(store, team));
    const s = performance.now();
    exits = (await reportForTeam(store, team, period, {})).exits.total;
    times.push(performance.now() - s);
  }
  const report = median(times);
  const floor = median(floors);
  console.log(
    `  ${name.padEnd(10)} report ${report.toFixed(0).padStart(5)} ms   floor: bare scan + group-by ${floor.toFixed(0).padStart(4)} ms   ${(report / floor).toFixed(1)}× the floor   (${exits} exits in the year; seeded in ${seeded.toFixed(0)} s)`,
  );
  await exportFigures(name, store, team);
}

export async function teamReportFigures(): Promise<void> {
  console.log(
    `\nTeam report: ${PARTICIPANTS.toLocaleString('en')} participants, ${(PARTICIPANTS * RATINGS_EACH).toLocaleString('en')} ratings, one year (goal ≤ 3× the floor on both, < 300 ms on SQLite)`,
  );
  const sqlite = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'stegvis-bench-')) });
  await measure('SQLite', sqlite);
  await sqlite.close();

  const url = process.env.STEGVIS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  let store: Store;
  try {
    store = await openStore({ dataDir: '', databaseUrl: url, pgSchema: schema });
  } catch {
    console.log('  PostgreSQL  not reachable (set STEGVIS_TEST_POSTGRES_URL); skipped');
    return;
  }
  try {
    await measure('PostgreSQL', store);
  } finally {
    await store.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
