import { sql } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type { Store } from '../db/connect';
import type { AccessLogQuery } from '../../shared/staff';
import type { AccessLogEntry } from '../../shared/responses/staff';

/**
 * The access-log review (HSLF-FS 2016:40 asks for regular checks of who read records): the
 * team's log filtered by period, staff member and participant, newest first, or a random
 * sample of it for the monthly check. A read belongs to the team when the participant is
 * the team's or the reader is (an erased participant's reads stay with the reader's team).
 */
export const REVIEW_LIMIT = 500;

function filtered(store: Store, teamId: string, q: AccessLogQuery) {
  let query = store.db
    .selectFrom('access_log')
    .leftJoin('participants', 'participants.id', 'access_log.participant_id')
    .leftJoin('users', 'users.id', 'access_log.user_id')
    .where((eb) =>
      eb.or([eb('participants.team_id', '=', teamId), eb('users.team_id', '=', teamId)]),
    );
  // Days are whole days in UTC: to=2026-11-30 takes all of the 30th.
  if (q.from) query = query.where('access_log.at', '>=', `${q.from}T00:00:00.000Z`);
  if (q.to) query = query.where('access_log.at', '<=', `${q.to}T23:59:59.999Z`);
  if (q.user) query = query.where('users.email', '=', q.user.toLowerCase());
  if (q.participant) query = query.where('participants.code', '=', q.participant);
  return query;
}

const columns = [
  'access_log.at',
  'access_log.user_id',
  'users.email',
  'participants.code',
  'access_log.action',
] as const;
const entry = (r: {
  at: string;
  user_id: string;
  email: string | null;
  code: string | null;
  action: string;
}): AccessLogEntry => ({
  at: r.at,
  by: r.email ?? r.user_id,
  participant: r.code,
  action: r.action,
});

export async function accessLog(store: Store, teamId: string, q: AccessLogQuery) {
  const query = filtered(store, teamId, q);
  const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(columns)
    .orderBy(q.sample ? sql`random()` : sql`access_log.at desc, access_log.id desc`)
    .limit(q.sample ?? REVIEW_LIMIT)
    .execute();
  const entries = rows.map(entry);
  // A sample is read in time order, like the rest of the log.
  if (q.sample) entries.sort((a, b) => a.at.localeCompare(b.at));
  return { total: Number(counted.n), sampled: !!q.sample, entries };
}

/** The log as CSV for Excel: every matching entry in time order (or the sample). */
export async function accessLogCsv(store: Store, teamId: string, q: AccessLogQuery) {
  const entries = q.sample
    ? (await accessLog(store, teamId, q)).entries
    : (await filtered(store, teamId, q).select(columns).orderBy('access_log.id').execute()).map(
        entry,
      );
  const rows = entries.map((e) => [e.at, e.by, e.participant ?? '(erased)', e.action]);
  return `\uFEFF${stringify([['time', 'staff', 'participant_code', 'action'], ...rows], { delimiter: ';' })}`;
}
