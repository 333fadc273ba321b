import { createHash } from 'node:crypto';
import { INSTRUMENTS } from '../../shared/instruments/catalog';
import type { TeamSettings } from '../../shared/team';
import type { CourseBand } from '../../domain/expectedCourse';
import type { ParticipantSummary } from '../../domain/participantSummary';
import { ageInYear, teamOrsCutoff } from '../../domain/thresholds';
import type { Store } from '../db/connect';
import { acknowledgementsOf, factsOf, summariesFrom } from './summaries';
import { teamCourse } from '../reports/course';

/**
 * The coach's list reads a stored summary per participant instead of parsing every fact of
 * the team on each load. A summary is kept with its *basis*: everything it was computed
 * from (how many facts the participant has, the alert thresholds and ORS cutoff, the alerts talked
 * about, the team's course). A rating, correction or withdrawal is a new fact, so it moves
 * the basis, and so does every other input; a summary whose basis no longer holds is
 * computed again before it is shown. What the list shows is therefore always what
 * `summariesFor` computes from the facts (test/server/storedSummaries.test.ts checks it).
 *
 * Bump FORMAT when summarizeParticipant or expectedCourse changes what they compute.
 */
const FORMAT = 1;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * How many facts each participant has. Facts are only ever added, so the count marks any
 * change; the newest `seq` alone would not (on PostgreSQL a fact can commit after one with
 * a higher `seq`).
 */
async function factCounts(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom('facts')
    .select([
      'participant_id',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.max('seq').as('last'),
    ])
    .where('participant_id', 'in', ids)
    .groupBy('participant_id')
    .execute();
  return new Map(rows.map((r) => [r.participant_id, `${Number(r.n)}:${Number(r.last)}`]));
}

/**
 * The team's own expected course, stored with its basis: which participants have exited
 * and how many ORS ratings and withdrawals they have, up to which fact.
 */
export async function storedCourse(
  store: Store,
  teamId: string,
): Promise<{ bands: CourseBand[]; basis: string }> {
  const [exited, mark, row] = await Promise.all([
    store.db
      .selectFrom('participants')
      .select('id')
      .where('team_id', '=', teamId)
      .where('exit_date', 'is not', null)
      .orderBy('id')
      .execute(),
    store.db
      .selectFrom('facts')
      .innerJoin('participants', 'participants.id', 'facts.participant_id')
      .select([(eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.max('facts.seq').as('last')])
      .where('participants.team_id', '=', teamId)
      .where('participants.exit_date', 'is not', null)
      .where((eb) =>
        eb.or([eb('facts.instrument', '=', 'ors'), eb('facts.type', '=', 'withdrawal')]),
      )
      .executeTakeFirst(),
    store.db
      .selectFrom('team_courses')
      .select(['basis', 'course'])
      .where('team_id', '=', teamId)
      .executeTakeFirst(),
  ]);
  const basis = digest(
    `${FORMAT}|${Number(mark?.n ?? 0)}|${Number(mark?.last ?? 0)}|${exited.map((p) => p.id).join(',')}`,
  );
  if (row?.basis === basis) return { bands: JSON.parse(row.course) as CourseBand[], basis };
  const bands = await teamCourse(store, teamId);
  await store.db
    .insertInto('team_courses')
    .values({ team_id: teamId, basis, course: JSON.stringify(bands) })
    .onConflict((oc) =>
      oc.column('team_id').doUpdateSet((eb) => ({
        basis: eb.ref('excluded.basis'),
        course: eb.ref('excluded.course'),
      })),
    )
    .execute();
  return { bands, basis };
}

/** The coach list's summaries: stored ones whose basis holds, the rest computed and stored. */
export async function storedSummaries(
  store: Store,
  participants: readonly { id: string; birth_year: number }[],
  today: Date,
  settings: TeamSettings,
  teamId: string,
): Promise<Map<string, ParticipantSummary>> {
  const result = new Map<string, ParticipantSummary>();
  if (participants.length === 0) return result;
  const ids = participants.map((p) => p.id);
  const [counts, acknowledged, course, stored] = await Promise.all([
    factCounts(store, ids),
    acknowledgementsOf(store, ids),
    storedCourse(store, teamId),
    store.db
      .selectFrom('participant_summaries')
      .select(['participant_id', 'basis', 'summary'])
      .where('participant_id', 'in', ids)
      .execute(),
  ]);
  const kept = new Map(stored.map((r) => [r.participant_id, r]));
  const settingsKey = digest(JSON.stringify(settings));
  const basisOf = (p: { id: string; birth_year: number }) => {
    const cutoff = teamOrsCutoff(INSTRUMENTS.ors, settings, ageInYear(p.birth_year, today));
    const acks = (acknowledged.get(p.id) ?? [])
      .map((a) => `${a.alertId}:${a.ratingId}`)
      .sort()
      .join(',');
    return `${FORMAT}|${counts.get(p.id) ?? 0}|${cutoff}|${settingsKey}|${digest(acks)}|${course.basis}`;
  };

  const stale: { id: string; birth_year: number; basis: string }[] = [];
  for (const p of participants) {
    const basis = basisOf(p);
    const row = kept.get(p.id);
    if (row?.basis === basis) result.set(p.id, JSON.parse(row.summary) as ParticipantSummary);
    else stale.push({ ...p, basis });
  }
  if (stale.length === 0) return result;

  const fresh = summariesFrom(
    stale,
    await factsOf(
      store,
      stale.map((p) => p.id),
    ),
    acknowledged,
    today,
    settings,
    course.bands,
  );
  const rows = stale.map((p) => {
    const summary = fresh.get(p.id)!;
    result.set(p.id, summary);
    return { participant_id: p.id, basis: p.basis, summary: JSON.stringify(summary) };
  });
  for (let i = 0; i < rows.length; i += 500)
    await store.db
      .insertInto('participant_summaries')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.column('participant_id').doUpdateSet((eb) => ({
          basis: eb.ref('excluded.basis'),
          summary: eb.ref('excluded.summary'),
        })),
      )
      .execute();
  return result;
}
