import { randomInt, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { SHORT_CODE_ALPHABET } from '../../shared/protocol';
import { GROUP_SESSION_CODE_LENGTH } from '../../shared/rating';
import { requireStaff } from '../auth/staffSessions';
import { localDay } from '../../domain/localDay';
import {
  groupResponseSchema,
  groupsResponseSchema,
  sessionStartedSchema,
} from '../../shared/responses/groups';
import type { AppEnv, Deps } from './context';
import { tabletUnlockRoutes } from './tablets';
import { apiError, readJson, reply } from './errors';

const memberIds = z.array(z.uuid()).check(z.maxLength(60));
const newGroupSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  memberIds,
});
const groupMembersSchema = z.strictObject({ memberIds });

function sessionCode(): string {
  let code = '';
  for (let i = 0; i < GROUP_SESSION_CODE_LENGTH; i++)
    code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}

/**
 * Groups and today's group session. The coach's screen gets an aggregate only (see
 * groupResult): never a single member's rating, and nothing until three have answered.
 */
export function groupRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;
  const staff = requireStaff(deps);
  app.route('/', tabletUnlockRoutes(deps));

  /** The group's session on `day`; the newest, where an older version made more than one. */
  const todaysSession = (groupId: string, day: string) =>
    db
      .selectFrom('group_sessions')
      .select(['id', 'code', 'held_on'])
      .where('group_id', '=', groupId)
      .where('held_on', '=', day)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();

  app.get('/', staff, async (c) => {
    const teamId = c.get('staff').teamId;
    const groups = await db
      .selectFrom('groups')
      .selectAll()
      .where('team_id', '=', teamId)
      .orderBy('name')
      .execute();
    const members = await db
      .selectFrom('group_members')
      .innerJoin('groups', 'groups.id', 'group_members.group_id')
      .select(['group_id', 'participant_id'])
      .where('groups.team_id', '=', teamId)
      .orderBy('participant_id')
      .execute();
    const today = await todaysSessions(teamId, localDay(deps.now().toISOString()));
    return reply(c, groupsResponseSchema, {
      groups: groups.map((g) => ({
        id: g.id,
        name: g.name,
        memberIds: members.filter((m) => m.group_id === g.id).map((m) => m.participant_id),
        today: today.get(g.id) ?? null,
      })),
    });
  });

  /** Each group's session today with how many have answered it (a count, never who). */
  const todaysSessions = async (teamId: string, day: string) => {
    const sessions = await db
      .selectFrom('group_sessions')
      .select(['id', 'code', 'group_id'])
      .where('team_id', '=', teamId)
      .where('held_on', '=', day)
      .orderBy('created_at')
      .execute();
    // How many answered each, in one query for all of today's sessions.
    const counts = sessions.length
      ? await db
          .selectFrom('facts')
          .innerJoin('participants', 'participants.id', 'facts.participant_id')
          .select(['facts.group_session'])
          .select((eb) => eb.fn.count('facts.participant_id').distinct().as('n'))
          .where('participants.team_id', '=', teamId)
          .where(
            'facts.group_session',
            'in',
            sessions.map((s) => s.code),
          )
          .groupBy('facts.group_session')
          .execute()
      : [];
    const answered = new Map(counts.map((r) => [r.group_session, Number(r.n)]));
    const result = new Map<string, { id: string; code: string; answered: number }>();
    // The newest of a day wins, as when the session is started again.
    for (const s of sessions)
      result.set(s.group_id, { id: s.id, code: s.code, answered: answered.get(s.code) ?? 0 });
    return result;
  };

  /** The distinct ids, if every one is a participant of the team; otherwise null. */
  const ownMembers = async (teamId: string, memberIds: readonly string[]) => {
    const ids = [...new Set(memberIds)];
    const own = ids.length
      ? await db
          .selectFrom('participants')
          .select('id')
          .where('team_id', '=', teamId)
          .where('id', 'in', ids)
          .execute()
      : [];
    return own.length === ids.length ? ids : null;
  };
  const notMembers = (c: Context) =>
    apiError(c, 400, 'validation_failed', 'Every member must be a participant of your team.', [
      { path: 'memberIds', message: 'not in your team' },
    ]);

  app.post('/', staff, async (c) => {
    const input = await readJson(c, newGroupSchema);
    const teamId = c.get('staff').teamId;
    const ids = await ownMembers(teamId, input.memberIds);
    if (!ids) return notMembers(c);
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('groups')
        .values({ id, team_id: teamId, name: input.name, created_at: deps.now().toISOString() })
        .execute();
      if (ids.length)
        await trx
          .insertInto('group_members')
          .values(ids.map((p) => ({ group_id: id, participant_id: p })))
          .execute();
    });
    return reply(c, groupResponseSchema, { group: { id, name: input.name, memberIds: ids } }, 201);
  });

  // Members come and go during a term: the new list replaces the old one in one transaction.
  app.put('/:id/members', staff, async (c) => {
    const input = await readJson(c, groupMembersSchema);
    const teamId = c.get('staff').teamId;
    const group = await db
      .selectFrom('groups')
      .select(['id', 'name'])
      .where('id', '=', c.req.param('id'))
      .where('team_id', '=', teamId)
      .executeTakeFirst();
    if (!group) return apiError(c, 404, 'not_found', 'No such group in your team.');
    const ids = await ownMembers(teamId, input.memberIds);
    if (!ids) return notMembers(c);
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('group_members').where('group_id', '=', group.id).execute();
      if (ids.length)
        await trx
          .insertInto('group_members')
          .values(ids.map((p) => ({ group_id: group.id, participant_id: p })))
          .execute();
    });
    return reply(c, groupResponseSchema, {
      group: { id: group.id, name: group.name, memberIds: ids },
    });
  });

  app.post('/:id/sessions', staff, async (c) => {
    const teamId = c.get('staff').teamId;
    const group = await db
      .selectFrom('groups')
      .select('id')
      .where('id', '=', c.req.param('id'))
      .where('team_id', '=', teamId)
      .executeTakeFirst();
    if (!group) return apiError(c, 404, 'not_found', 'No such group in your team.');
    const now = deps.now();
    // One session per group and day: starting again reopens it, so the phones, the tablet
    // and the projector all count the same answers.
    const today = await todaysSession(group.id, localDay(now.toISOString()));
    if (today)
      return reply(c, sessionStartedSchema, {
        session: { id: today.id, code: today.code, heldOn: today.held_on },
      });
    const id = randomUUID();
    const code = sessionCode();
    await db
      .insertInto('group_sessions')
      .values({
        id,
        group_id: group.id,
        team_id: teamId,
        code,
        held_on: localDay(now.toISOString()),
        created_at: now.toISOString(),
      })
      .execute();
    return reply(
      c,
      sessionStartedSchema,
      { session: { id, code, heldOn: localDay(now.toISOString()) } },
      201,
    );
  });

  return app;
}
