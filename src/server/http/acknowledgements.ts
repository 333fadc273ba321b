import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { acknowledgeAlertSchema } from '../../shared/participant';
import {
  acknowledgementResponseSchema,
  acknowledgementsResponseSchema,
  type AlertId,
} from '../../shared/responses/participants';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';
import { findOwnParticipant } from './ownParticipant';
import { settingsOf } from '../teams/settings';
import { summariesFor } from '../teams/summaries';

/**
 * A coach acknowledges an alert after talking it over: the firing closes, the note goes into
 * the participant's history, and the rule opens again when a later rating fires it.
 * Mounted inside participantRoutes, whose staff check covers it.
 */
export function acknowledgementRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.get('/:id/acknowledgements', async (c) => {
    const p = await findOwnParticipant(deps, c, 'acknowledgements');
    const rows = await db
      .selectFrom('alert_acknowledgements')
      .leftJoin('users', 'users.id', 'alert_acknowledgements.user_id')
      .select(['alert_id', 'rating_id', 'note', 'at', 'users.email'])
      .where('participant_id', '=', p.id)
      .orderBy('at')
      .execute();
    return reply(c, acknowledgementsResponseSchema, {
      acknowledgements: rows.map((r) => ({
        alertId: r.alert_id as AlertId,
        ratingId: r.rating_id,
        note: r.note,
        at: r.at,
        by: r.email,
      })),
    });
  });

  app.post('/:id/acknowledgements', async (c) => {
    const input = await readJson(c, acknowledgeAlertSchema);
    const p = await findOwnParticipant(deps, c, null);
    // Only an alert that is open now: what the coach sees, not a guess at ids.
    const summary = (
      await summariesFor(
        deps.store,
        [p],
        deps.now(),
        await settingsOf(deps.store, p.team_id),
        // The team's course (a scan of every exited participant's ORS) matters to one rule only.
        input.alertId === 'belowCourse' ? p.team_id : undefined,
      )
    ).get(p.id)!;
    const alert = summary.alerts.find(
      (a) => a.id === input.alertId && a.ratingId === input.ratingId,
    );
    if (!alert)
      return apiError(c, 409, 'conflict', 'No such open alert: it may be acknowledged already.');
    const now = deps.now().toISOString();
    const staff = c.get('staff');
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('alert_acknowledgements')
        .values({
          id: randomUUID(),
          participant_id: p.id,
          alert_id: alert.id,
          rating_id: alert.ratingId,
          note: input.note,
          user_id: staff.id,
          at: now,
        })
        .execute();
      await trx
        .insertInto('participant_history')
        .values({
          participant_id: p.id,
          changed_at: now,
          user_id: staff.id,
          changes: JSON.stringify({ alertAcknowledged: [alert.id, input.note] }),
        })
        .execute();
    });
    return reply(
      c,
      acknowledgementResponseSchema,
      {
        acknowledgement: {
          alertId: alert.id,
          ratingId: alert.ratingId,
          note: input.note,
          at: now,
          by: staff.email,
        },
      },
      201,
    );
  });

  return app;
}
