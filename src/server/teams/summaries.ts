import { factSchema, type Fact } from '../../shared/rating';
import { summarizeParticipant, type ParticipantSummary } from '../../domain/participantSummary';
import type { TeamSettings } from '../../shared/team';
import type { Store } from '../db/connect';
import type { CourseBand } from '../../domain/expectedCourse';
import { teamCourse } from '../reports/course';

export type Acknowledged = { alertId: string; ratingId: string }[];

/** Every fact of these participants, in the order they arrived, checked against the schema. */
export async function factsOf(store: Store, ids: readonly string[]): Promise<Map<string, Fact[]>> {
  const facts = new Map<string, Fact[]>();
  if (ids.length === 0) return facts;
  const rows = await store.db
    .selectFrom('facts')
    .select(['participant_id', 'body'])
    .where('participant_id', 'in', ids)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const parsed = factSchema.safeParse(JSON.parse(row.body));
    if (!parsed.success) continue;
    const list = facts.get(row.participant_id);
    if (list) list.push(parsed.data);
    else facts.set(row.participant_id, [parsed.data]);
  }
  return facts;
}

/** The alerts coaches have talked about, per participant. */
export async function acknowledgementsOf(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, Acknowledged>> {
  const acknowledged = new Map<string, Acknowledged>();
  if (ids.length === 0) return acknowledged;
  const acks = await store.db
    .selectFrom('alert_acknowledgements')
    .select(['participant_id', 'alert_id', 'rating_id'])
    .where('participant_id', 'in', ids)
    .execute();
  for (const a of acks) {
    const list = acknowledged.get(a.participant_id) ?? [];
    list.push({ alertId: a.alert_id, ratingId: a.rating_id });
    acknowledged.set(a.participant_id, list);
  }
  return acknowledged;
}

/** Each participant's summary from its facts, acknowledgements and the team's course. */
export function summariesFrom(
  participants: readonly { id: string; birth_year: number }[],
  facts: ReadonlyMap<string, Fact[]>,
  acknowledged: ReadonlyMap<string, Acknowledged>,
  today: Date,
  settings: TeamSettings,
  course: readonly CourseBand[],
): Map<string, ParticipantSummary> {
  return new Map(
    participants.map((p) => [
      p.id,
      summarizeParticipant(
        facts.get(p.id) ?? [],
        p.birth_year,
        today,
        settings,
        acknowledged.get(p.id),
        course,
      ),
    ]),
  );
}

/**
 * Summaries computed from the facts, now (the coach list reads stored ones instead, see
 * storedSummaries; this is what they must always equal).
 */
export async function summariesFor(
  store: Store,
  participants: readonly { id: string; birth_year: number }[],
  today: Date,
  settings: TeamSettings,
  /** For the team's own expected course (the "under the usual course" signal). */
  teamId?: string,
): Promise<Map<string, ParticipantSummary>> {
  if (participants.length === 0) return new Map();
  const ids = participants.map((p) => p.id);
  const facts = await factsOf(store, ids);
  const course = teamId ? await teamCourse(store, teamId) : [];
  const acknowledged = await acknowledgementsOf(store, ids);
  return summariesFrom(participants, facts, acknowledged, today, settings, course);
}
