import { Hono } from 'hono';
import { responsibleCoachesSchema } from '../../shared/participant';
import { participantResponseSchema } from '../../shared/responses/participants';
import type { Store } from '../db/connect';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';
import { findOwnParticipant, participantView } from './ownParticipant';

/** Each participant's responsible coaches, for a list of participants (one query). */
export async function coachesOf(
  store: Store,
  participantIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (participantIds.length === 0) return result;
  const rows = await store.db
    .selectFrom('participant_coaches')
    .select(['participant_id', 'user_id'])
    .where('participant_id', 'in', participantIds)
    .orderBy('user_id')
    .execute();
  for (const r of rows)
    result.set(r.participant_id, [...(result.get(r.participant_id) ?? []), r.user_id]);
  return result;
}

/**
 * Who is responsible for a participant ("Mina deltagare"): one or two of the team's coaches
 * or admins. A change is kept in the history like any other. Mounted inside participantRoutes.
 */
export function caseloadRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.put('/:id/coaches', async (c) => {
    const { userIds } = await readJson(c, responsibleCoachesSchema);
    const p = await findOwnParticipant(deps, c, null);
    const staff = c.get('staff');
    const chosen = userIds.length
      ? await db
          .selectFrom('users')
          .select(['id', 'email'])
          .where('team_id', '=', staff.teamId)
          .where('role', 'in', ['coach', 'admin'])
          .where('id', 'in', userIds)
          .orderBy('email')
          .execute()
      : [];
    if (chosen.length !== userIds.length)
      return apiError(c, 400, 'validation_failed', 'Each coach must be staff of your team.', [
        { path: 'userIds', message: 'not a coach of your team' },
      ]);
    const before = await db
      .selectFrom('participant_coaches')
      .innerJoin('users', 'users.id', 'participant_coaches.user_id')
      .select(['users.id', 'users.email'])
      .where('participant_id', '=', p.id)
      .orderBy('email')
      .execute();
    const emails = (list: { email: string }[]) => list.map((u) => u.email).join(', ');
    if (emails(before) !== emails(chosen)) {
      const now = deps.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('participant_coaches').where('participant_id', '=', p.id).execute();
        if (chosen.length)
          await trx
            .insertInto('participant_coaches')
            .values(chosen.map((u) => ({ participant_id: p.id, user_id: u.id })))
            .execute();
        await trx
          .insertInto('participant_history')
          .values({
            participant_id: p.id,
            changed_at: now,
            user_id: staff.id,
            changes: JSON.stringify({ coaches: [emails(before), emails(chosen)] }),
          })
          .execute();
      });
    }
    return reply(c, participantResponseSchema, {
      participant: participantView(p, (await coachesOf(deps.store, [p.id])).get(p.id)),
    });
  });

  return app;
}
