import { factSchema, type Fact } from '../../shared/rating';
import { summarizeParticipant, type ParticipantSummary } from '../../domain/participantSummary';
import type { TeamSettings } from '../../shared/team';
import type { Store } from '../db/connect';
import { teamCourse } from '../reports/course';

/** Summaries for the coach's participant list, one query for the whole team. */
export async function summariesFor(
  store: Store,
  participants: readonly { id: string; birth_year: number }[],
  today: Date,
  settings: TeamSettings,
  /** For the team's own expected course (the "under the usual course" signal). */
  teamId?: string,
): Promise<Map<string, ParticipantSummary>> {
  const result = new Map<string, ParticipantSummary>();
  if (participants.length === 0) return result;
  const rows = await store.db
    .selectFrom('facts')
    .select(['participant_id', 'body'])
    .where(
      'participant_id',
      'in',
      participants.map((p) => p.id),
    )
    .orderBy('seq')
    .execute();
  const facts = new Map<string, Fact[]>();
  for (const row of rows) {
    const parsed = factSchema.safeParse(JSON.parse(row.body));
    if (!parsed.success) continue;
    const list = facts.get(row.participant_id) ?? [];
    list.push(parsed.data);
    facts.set(row.participant_id, list);
  }
  const course = teamId ? await teamCourse(store, teamId) : [];
  const acknowledged = new Map<string, { alertId: string; ratingId: string }[]>();
  const acks = await store.db
    .selectFrom('alert_acknowledgements')
    .select(['participant_id', 'alert_id', 'rating_id'])
    .where(
      'participant_id',
      'in',
      participants.map((p) => p.id),
    )
    .execute();
  for (const a of acks) {
    const list = acknowledged.get(a.participant_id) ?? [];
    list.push({ alertId: a.alert_id, ratingId: a.rating_id });
    acknowledged.set(a.participant_id, list);
  }
  for (const p of participants)
    result.set(
      p.id,
      summarizeParticipant(
        facts.get(p.id) ?? [],
        p.birth_year,
        today,
        settings,
        acknowledged.get(p.id),
        course,
      ),
    );
  return result;
}
