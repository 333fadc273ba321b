import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../db/connect';
import { settingsOf } from './settings';
import { addMonths } from '../../domain/calendar';
export { addMonths };

/**
 * Retention and erasure (gallring). A team keeps a participant's record a set number of
 * months after exit; then an admin decides to erase it, with the decision's reference. The
 * erasure removes the person, their ratings, notes, devices, invitations, group places and
 * change history in one transaction, and leaves an erasure record that holds no data about
 * them: a hash of the code, the decision, who and when, and how much was removed. Reports
 * already printed stay as they were; later reports no longer count the person.
 *
 * The access log keeps its lines (who read "a participant" when): the log must stay whole
 * for its review, and its random participant id no longer leads to anyone.
 */
export class ErasureRefused extends Error {}

/** Every table that holds rows about one participant (the participant's own row goes last). */
const PERSONAL_TABLES = [
  'facts',
  'coach_notes',
  'devices',
  'invitations',
  'group_members',
  'participant_history',
  'alert_acknowledgements',
  'participant_coaches',
  'labour_statuses',
  'participant_summaries',
] as const;

export const codeHash = (teamId: string, code: string) =>
  createHash('sha256').update(`${teamId}:${code}`).digest('hex');

export interface DueParticipant {
  id: string;
  code: string;
  exitDate: string;
  /** The day the retention time ran out. */
  dueOn: string;
}

/** Participants whose retention time after exit has run out, longest overdue first. */
export async function dueForErasure(
  store: Store,
  teamId: string,
  today: string,
): Promise<DueParticipant[]> {
  const { retentionMonths } = await settingsOf(store, teamId);
  const exited = await store.db
    .selectFrom('participants')
    .select(['id', 'code', 'exit_date'])
    .where('team_id', '=', teamId)
    .where('exit_date', 'is not', null)
    .orderBy('exit_date')
    .execute();
  return exited
    .map((p) => ({
      id: p.id,
      code: p.code,
      exitDate: p.exit_date!,
      dueOn: addMonths(p.exit_date!, retentionMonths),
    }))
    .filter((p) => p.dueOn <= today);
}

export interface ErasureRecord {
  id: string;
  decisionRef: string;
  decidedBy: string;
  erasedAt: string;
  removed: Record<string, number>;
}

export async function eraseParticipant(
  store: Store,
  teamId: string,
  code: string,
  decisionRef: string,
  decidedBy: string,
  now: Date,
): Promise<ErasureRecord> {
  const erasure = await store.db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('participants')
      .select(['id', 'exit_date'])
      .where('team_id', '=', teamId)
      .where('code', '=', code)
      .executeTakeFirst();
    if (!p) throw new ErasureRefused(`No participant ${code} in this team.`);
    if (!p.exit_date)
      throw new ErasureRefused(
        `${code} is still active: record an exit before the record can be erased.`,
      );
    const removed: Record<string, number> = {};
    for (const table of PERSONAL_TABLES) {
      const r = await trx.deleteFrom(table).where('participant_id', '=', p.id).executeTakeFirst();
      removed[table] = Number(r.numDeletedRows);
    }
    await trx.deleteFrom('participants').where('id', '=', p.id).execute();
    // The team's stored course was drawn partly from this person's ratings: made anew.
    await trx.deleteFrom('team_courses').where('team_id', '=', teamId).execute();
    const record: ErasureRecord = {
      id: randomUUID(),
      decisionRef,
      decidedBy,
      erasedAt: now.toISOString(),
      removed,
    };
    await trx
      .insertInto('erasures')
      .values({
        id: record.id,
        team_id: teamId,
        code_hash: codeHash(teamId, code),
        decision_ref: decisionRef,
        decided_by: decidedBy,
        erased_at: record.erasedAt,
        removed: JSON.stringify(removed),
      })
      .execute();
    return record;
  });
  // SQLite: with secure_delete the freed space was zeroed; the checkpoint writes it back and
  // empties the write-ahead log, so the old rows are in neither file afterwards.
  // PostgreSQL: VACUUM lets the space be reused; the bytes go when it is (or at VACUUM FULL).
  if (store.sqlite) store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  else
    await sql`vacuum ${sql.raw([...PERSONAL_TABLES, 'participants'].join(', '))}`
      .execute(store.db)
      .catch(() => undefined);
  return erasure;
}
