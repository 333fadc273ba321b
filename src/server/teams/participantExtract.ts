import type { Store } from '../db/connect';
import type { Fact, NoteFact, QuestionnaireFact, RatingFact } from '../../shared/rating';
import { statusesOf } from '../http/labourStatuses';
import type { ParticipantExtract } from '../../shared/participantExtract';

/** Builds one participant's extract (format: src/shared/participantExtract.ts). */
export async function participantExtract(
  store: Store,
  participantId: string,
  now: Date,
): Promise<ParticipantExtract> {
  const { db } = store;
  const p = await db
    .selectFrom('participants')
    .innerJoin('teams', 'teams.id', 'participants.team_id')
    .selectAll('participants')
    .select('teams.name as team_name')
    .where('participants.id', '=', participantId)
    .executeTakeFirstOrThrow();
  const withReader = (table: 'coach_notes' | 'participant_history' | 'access_log') =>
    db
      .selectFrom(table)
      .leftJoin('users', 'users.id', `${table}.user_id`)
      .where(`${table}.participant_id`, '=', participantId);
  const [facts, notes, devices, history, reads] = await Promise.all([
    db
      .selectFrom('facts')
      .select('body')
      .where('participant_id', '=', participantId)
      .orderBy('seq')
      .execute(),
    withReader('coach_notes')
      .select(['session_date', 'text', 'users.email', 'coach_notes.created_at'])
      .orderBy('session_date')
      .execute(),
    db
      .selectFrom('devices')
      .selectAll()
      .where('participant_id', '=', participantId)
      .orderBy('created_at')
      .execute(),
    withReader('participant_history')
      .select(['changed_at', 'users.email', 'changes'])
      .orderBy('participant_history.id')
      .execute(),
    withReader('access_log')
      .select(['at', 'users.email', 'access_log.user_id', 'action'])
      .orderBy('access_log.id')
      .execute(),
  ]);
  const all = facts.map((f) => JSON.parse(f.body) as Fact);
  const withdrawn = new Set(all.flatMap((f) => (f.type === 'withdrawal' ? [f.ratingId] : [])));
  const notesOf = (id: string) =>
    all
      .filter((f): f is NoteFact => f.type === 'note' && f.ratingId === id)
      .map((n) => ({ at: n.at, text: n.text, shared: n.shared ?? false }));
  return {
    format: 'stegvis-participant-extract',
    version: 1,
    generatedAt: now.toISOString(),
    team: { name: p.team_name },
    participant: {
      code: p.code,
      displayName: p.display_name,
      gender: p.gender,
      birthYear: p.birth_year,
      intakeDate: p.intake_date,
      referrer: p.referrer,
      support: p.support,
      yearsInSupport: p.years_in_support,
      exitDate: p.exit_date,
      exitReason: p.exit_reason,
      exitNote: p.exit_note,
      createdAt: p.created_at,
      followUpConsentAt: p.follow_up_consent_at,
      followUpEndedAt: p.follow_up_ended_at,
    },
    ratings: all
      .filter((f): f is RatingFact => f.type === 'rating')
      .map((r) => ({
        id: r.id,
        instrument: r.instrument,
        at: r.administeredAt,
        values: r.values as Record<string, number>,
        total: r.total ?? null,
        ...(r.goal ? { goal: r.goal } : {}),
        provenance: r.provenance,
        withdrawn: withdrawn.has(r.id),
        notes: [
          ...(r.note
            ? [{ at: r.administeredAt, text: r.note, shared: r.noteShared ?? false }]
            : []),
          ...notesOf(r.id),
        ],
      })),
    statuses: (await statusesOf(store, participantId)).map((r) => ({ ...r })),
    questionnaires: all
      .filter((f): f is QuestionnaireFact => f.type === 'questionnaire')
      .map((q) => ({ packId: q.packId, moment: q.moment, at: q.at, answers: q.answers })),
    coachNotes: notes.map((n) => ({
      sessionDate: n.session_date,
      text: n.text,
      by: n.email ?? '?',
      createdAt: n.created_at,
    })),
    devices: devices.map((d) => ({
      label: d.label,
      connectedAt: d.created_at,
      lastSeenAt: d.last_seen_at,
      revokedAt: d.revoked_at,
    })),
    history: history.map((h) => ({
      at: h.changed_at,
      by: h.email ?? '?',
      changes: JSON.parse(h.changes) as Record<string, [unknown, unknown]>,
    })),
    accessLog: reads.map((r) => ({ at: r.at, by: r.email ?? r.user_id, action: r.action })),
  };
}
