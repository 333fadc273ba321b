import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { coachNoteSchema } from '../../shared/participant';
import {
  coachNoteResponseSchema,
  coachNotesResponseSchema,
} from '../../shared/responses/participants';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';
import { findOwnParticipant } from './ownParticipant';

/**
 * The coach's own session notes on a participant, shown on the trend beside the ratings.
 * Staff-only (never synced to the participant's phone); reads are logged like every read of
 * a participant. Mounted inside participantRoutes, whose staff check covers it.
 */
export function coachNoteRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.get('/:id/coach-notes', async (c) => {
    const p = await findOwnParticipant(deps, c, 'coach_notes');
    const rows = await db
      .selectFrom('coach_notes')
      .leftJoin('users', 'users.id', 'coach_notes.user_id')
      .select([
        'coach_notes.id',
        'coach_notes.session_date',
        'coach_notes.text',
        'coach_notes.created_at',
        'users.email',
      ])
      .where('coach_notes.participant_id', '=', p.id)
      .orderBy('coach_notes.session_date')
      .orderBy('coach_notes.created_at')
      .execute();
    return reply(c, coachNotesResponseSchema, {
      notes: rows.map((n) => ({
        id: n.id,
        sessionDate: n.session_date,
        text: n.text,
        createdAt: n.created_at,
        by: n.email,
      })),
    });
  });

  app.post('/:id/coach-notes', async (c) => {
    const input = await readJson(c, coachNoteSchema);
    const p = await findOwnParticipant(deps, c, null);
    const now = deps.now();
    // A day's slack: a coach in Sweden writing just after midnight is a day ahead of UTC.
    const latest = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
    if (input.sessionDate > latest)
      return apiError(c, 400, 'validation_failed', 'The session date is in the future.', [
        { path: 'sessionDate', message: 'in the future' },
      ]);
    const note = {
      id: randomUUID(),
      participant_id: p.id,
      user_id: c.get('staff').id,
      session_date: input.sessionDate,
      text: input.text,
      created_at: now.toISOString(),
    };
    await db.insertInto('coach_notes').values(note).execute();
    return reply(
      c,
      coachNoteResponseSchema,
      {
        note: {
          id: note.id,
          sessionDate: note.session_date,
          text: note.text,
          createdAt: note.created_at,
          by: c.get('staff').email,
        },
      },
      201,
    );
  });

  return app;
}
