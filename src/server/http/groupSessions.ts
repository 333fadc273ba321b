import { Hono } from 'hono';
import { INSTRUMENTS } from '../../shared/instruments';
import { factSchema } from '../../shared/rating';
import { sessionResultSchema, todaySessionsSchema } from '../../shared/responses/groups';
import { groupResult } from '../../domain/groupResult';
import { foldHistory } from '../../domain/history';
import { requireDevice } from '../auth/devices';
import { requireStaff } from '../auth/staffSessions';
import { localDay } from '../../domain/localDay';
import type { AppEnv, Deps } from './context';
import { apiError, reply } from './errors';

/**
 * Group sessions (`/api/group-sessions`): the projector's result, means only (see
 * groupResult), and a phone's list of its groups meeting today.
 */
export function groupSessionRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;
  const staff = requireStaff(deps);

  app.get('/:id/result', staff, async (c) => {
    const teamId = c.get('staff').teamId;
    const session = await db
      .selectFrom('group_sessions')
      .innerJoin('groups', 'groups.id', 'group_sessions.group_id')
      .select(['group_sessions.id', 'code', 'held_on', 'groups.name', 'groups.id as group_id'])
      .where('group_sessions.id', '=', c.req.param('id'))
      .where('group_sessions.team_id', '=', teamId)
      .executeTakeFirst();
    if (!session) return apiError(c, 404, 'not_found', 'No such group session in your team.');
    // Codes are unique within a team only, so the team decides whose answers count.
    const rows = await db
      .selectFrom('facts')
      .innerJoin('participants', 'participants.id', 'facts.participant_id')
      .select(['facts.participant_id', 'facts.body'])
      .where('participants.team_id', '=', teamId)
      .where('facts.group_session', '=', session.code)
      .where('facts.instrument', '=', 'gsrs')
      .execute();
    const who = [...new Set(rows.map((r) => r.participant_id))];
    const withdrawals = who.length
      ? await db
          .selectFrom('facts')
          .select('body')
          .where('type', '=', 'withdrawal')
          .where('participant_id', 'in', who)
          .execute()
      : [];
    const views = foldHistory(
      [...rows, ...withdrawals].map((r) => factSchema.parse(JSON.parse(r.body))),
    );
    const owner = new Map(
      rows.map((r) => [(JSON.parse(r.body) as { id: string }).id, r.participant_id]),
    );
    const answers = views
      .filter((v) => owner.has(v.rating.id))
      .map((view) => ({ participantId: owner.get(view.rating.id)!, view }));
    const members = await db
      .selectFrom('group_members')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('group_id', '=', session.group_id)
      .executeTakeFirstOrThrow();
    return reply(c, sessionResultSchema, {
      session: {
        id: session.id,
        code: session.code,
        heldOn: session.held_on,
        groupName: session.name,
        members: Number(members.n),
      },
      result: groupResult(INSTRUMENTS.gsrs, answers),
    });
  });

  /** The phone's view: today's sessions of the groups its participant belongs to. */

  app.get('/today', requireDevice(deps, 'read'), async (c) => {
    const device = c.get('device');
    const today = localDay(deps.now().toISOString());
    const rows = await db
      .selectFrom('group_sessions')
      .innerJoin('groups', 'groups.id', 'group_sessions.group_id')
      .innerJoin('group_members', 'group_members.group_id', 'groups.id')
      .select(['code', 'groups.id', 'groups.name', 'held_on'])
      .where('group_members.participant_id', '=', device.participantId)
      .where('held_on', '=', today)
      .orderBy('group_sessions.created_at')
      .execute();
    // One entry per group and day: where an older version started a day's session twice,
    // the newest is the one the coach's screen shows.
    const newest = new Map(rows.map((r) => [r.id, r]));
    return reply(c, todaySessionsSchema, {
      sessions: [...newest.values()].map((r) => ({
        code: r.code,
        groupName: r.name,
        heldOn: r.held_on,
      })),
    });
  });

  return app;
}
