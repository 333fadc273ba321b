import { Hono } from 'hono';
import { participantChangeSchema, type ParticipantChange } from '../../shared/participant';
import {
  historyResponseSchema,
  participantResponseSchema,
} from '../../shared/responses/participants';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';
import { findOwnParticipant, participantView } from './ownParticipant';
import { coachesOf } from './caseload';

/** Which API field is which column; only these can be corrected. */
const COLUMNS = {
  displayName: 'display_name',
  gender: 'gender',
  birthYear: 'birth_year',
  intakeDate: 'intake_date',
  referrer: 'referrer',
  support: 'support',
  yearsInSupport: 'years_in_support',
  exitDate: 'exit_date',
  exitReason: 'exit_reason',
  exitNote: 'exit_note',
} as const satisfies Record<keyof ParticipantChange, string>;

/**
 * Intake and exit are recorded and corrected here. Every change keeps the earlier value
 * (who changed what, when) so a report can be explained later. Mounted inside
 * participantRoutes, whose staff check covers it.
 */
export function participantChangeRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.patch('/:id', async (c) => {
    const change = await readJson(c, participantChangeSchema);
    const before = await findOwnParticipant(deps, c, null);
    const intake = change.intakeDate ?? before.intake_date;
    const exit = change.exitDate === undefined ? before.exit_date : change.exitDate;
    if (exit && exit < intake)
      return apiError(c, 400, 'validation_failed', 'The exit date is before the intake date.', [
        { path: 'exitDate', message: 'before intake' },
      ]);

    const set: Record<string, unknown> = {};
    const diff: Record<string, [unknown, unknown]> = {};
    for (const [field, column] of Object.entries(COLUMNS) as [
      keyof ParticipantChange,
      keyof typeof before,
    ][]) {
      const value = change[field];
      if (value === undefined || value === before[column]) continue;
      set[column] = value;
      diff[field] = [before[column], value];
    }
    if (Object.keys(diff).length > 0) {
      const now = deps.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('participants').set(set).where('id', '=', before.id).execute();
        await trx
          .insertInto('participant_history')
          .values({
            participant_id: before.id,
            changed_at: now,
            user_id: c.get('staff').id,
            changes: JSON.stringify(diff),
          })
          .execute();
      });
    }
    const after = await db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    return reply(c, participantResponseSchema, {
      participant: participantView(after, (await coachesOf(deps.store, [after.id])).get(after.id)),
    });
  });

  app.get('/:id/history', async (c) => {
    const p = await findOwnParticipant(deps, c, 'history');
    const rows = await db
      .selectFrom('participant_history')
      .leftJoin('users', 'users.id', 'participant_history.user_id')
      .select(['changed_at', 'users.email', 'changes'])
      .where('participant_id', '=', p.id)
      .orderBy('participant_history.id')
      .execute();
    return reply(c, historyResponseSchema, {
      history: rows.map((r) => ({
        changedAt: r.changed_at,
        by: r.email,
        changes: JSON.parse(r.changes),
      })),
    });
  });

  return app;
}
