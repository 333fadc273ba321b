import type { Context } from 'hono';
import type { Selectable } from 'kysely';
import * as z from 'zod/mini';
import type { Database } from '../db/schema';
import type { AppEnv, Deps } from './context';
import { ClientError } from './errors';

/** The participant, if they belong to the caller's team; otherwise a 404 (no hint either way). */
export async function findOwnParticipant(deps: Deps, c: Context<AppEnv>, action: string | null) {
  const { db } = deps.store;
  const id = c.req.param('id') ?? '';
  const staff = c.get('staff');
  const row = z.uuid().safeParse(id).success
    ? await db
        .selectFrom('participants')
        .selectAll()
        .where('id', '=', id)
        .where('team_id', '=', staff.teamId)
        .executeTakeFirst()
    : undefined;
  if (!row) throw new ClientError(404, 'not_found', 'No such participant in your team.');
  if (action)
    await db
      .insertInto('access_log')
      .values({ at: deps.now().toISOString(), user_id: staff.id, participant_id: row.id, action })
      .execute();
  return row;
}

/** A participant as the API shows it to staff. */
export function participantView(p: Selectable<Database['participants']>, coachIds?: string[]) {
  return {
    coachIds: coachIds ?? [],
    id: p.id,
    code: p.code,
    displayName: p.display_name,
    gender: p.gender,
    birthYear: p.birth_year,
    intakeDate: p.intake_date,
    exitDate: p.exit_date,
    exitReason: p.exit_reason,
    exitNote: p.exit_note,
    referrer: p.referrer,
    support: p.support,
    yearsInSupport: p.years_in_support,
    followUpConsentAt: p.follow_up_consent_at,
    followUpEndedAt: p.follow_up_ended_at,
  };
}
