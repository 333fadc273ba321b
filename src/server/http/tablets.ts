import { pbkdf2Sync, randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import {
  normalizeMemberCode,
  PROTOCOL_VERSION,
  TABLET_CODE_HASH,
  tabletPushRequestSchema,
  type PushResult,
  type TabletGroup,
  pushResponseSchema,
  tabletGroupSchema,
} from '../../shared/protocol';
import { endSession, requireStaff } from '../auth/staffSessions';
import { bearerToken, hashSecret, newSecret } from '../auth/tokens';
import { ingest } from '../sync/ingest';
import { localDay } from '../../domain/localDay';
import { tabletUnlockedSchema } from '../../shared/responses/groups';
import type { AppEnv, Deps } from './context';
import { apiError, protocolRefusal, readJson, reply } from './errors';

const factId = (fact: unknown) => {
  const id = (fact as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 64) : null;
};

/** A tablet is unlocked for one day's group work, then it stops working by itself. */
export const TABLET_HOURS = 12;

/** A member's code as a tablet checks it (TABLET_CODE_HASH): never the code itself. */
export function memberCodeHash(code: string, salt: string): string {
  return pbkdf2Sync(
    normalizeMemberCode(code),
    salt,
    TABLET_CODE_HASH.iterations,
    TABLET_CODE_HASH.bytes,
    'sha256',
  ).toString('hex');
}

/** The group as the tablet sees it: active members (codes hashed) and today's session code. */
async function groupView(
  deps: Deps,
  groupId: string,
  expiresAt: string,
  tabletId: string,
): Promise<TabletGroup | null> {
  const { db } = deps.store;
  const group = await db
    .selectFrom('groups')
    .select(['id', 'name'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) return null;
  const members = await db
    .selectFrom('group_members')
    .innerJoin('participants', 'participants.id', 'group_members.participant_id')
    .select(['participants.id', 'participants.code'])
    .where('group_members.group_id', '=', groupId)
    .where('participants.exit_date', 'is', null)
    .orderBy('participants.code')
    .execute();
  const session = await db
    .selectFrom('group_sessions')
    .select('code')
    .where('group_id', '=', groupId)
    .where('held_on', '=', localDay(deps.now().toISOString()))
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return {
    group,
    members: members.map((m) => ({ id: m.id, codeHash: memberCodeHash(m.code, tabletId) })),
    codeSalt: tabletId,
    sessionCode: session?.code ?? null,
    expiresAt,
  };
}

/**
 * Shared tablets: a coach unlocks a team device for a group; members rate on it one after
 * another under their own code. The tablet can only add ratings for the group's active
 * members, and reads nothing back: no ratings, no names.
 */
export function tabletRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  const requireTablet: MiddlewareHandler<AppEnv> = async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    const row = token
      ? await db
          .selectFrom('tablets')
          .select(['id', 'team_id', 'group_id', 'expires_at', 'locked_at'])
          .where('token_hash', '=', hashSecret(token))
          .executeTakeFirst()
      : undefined;
    if (!row || row.locked_at || row.expires_at <= deps.now().toISOString())
      return apiError(c, 401, 'unauthenticated', 'This tablet is not unlocked for a group.');
    c.set('tablet', {
      id: row.id,
      teamId: row.team_id,
      groupId: row.group_id,
      expiresAt: row.expires_at,
    });
    await next();
  };

  app.get('/', requireTablet, async (c) => {
    const tablet = c.get('tablet');
    const view = await groupView(deps, tablet.groupId, tablet.expiresAt, tablet.id);
    return view
      ? reply(c, tabletGroupSchema, view)
      : apiError(c, 404, 'not_found', 'The group no longer exists.');
  });

  app.post('/push', requireTablet, async (c) => {
    const body = await readJson(c, tabletPushRequestSchema, { perItem: true });
    const refused = protocolRefusal(c, body.protocol);
    if (refused) return refused;
    const tablet = c.get('tablet');
    const ids = [...new Set(body.items.map((i) => i.participantId))];
    const members = new Set(
      (
        await db
          .selectFrom('group_members')
          .innerJoin('participants', 'participants.id', 'group_members.participant_id')
          .select('participants.id')
          .where('group_members.group_id', '=', tablet.groupId)
          .where('participants.exit_date', 'is', null)
          .where('participants.id', 'in', ids)
          .execute()
      ).map((r) => r.id),
    );
    const results: PushResult[] = new Array(body.items.length);
    // One ingest per participant: each is its own "insert if absent" on (participant, id).
    for (const participantId of ids) {
      const indexes = body.items.flatMap((item, i) =>
        item.participantId === participantId ? [i] : [],
      );
      if (!members.has(participantId)) {
        for (const i of indexes)
          results[i] = {
            id: factId(body.items[i]!.fact),
            status: 'rejected',
            code: 'invalid_fact',
            reason: 'not an active member of the tablet’s group',
          };
        continue;
      }
      const answers = await ingest(
        deps.store,
        { participantId, deviceId: null, provenances: ['shared_tablet'], teamId: tablet.teamId },
        indexes.map((i) => body.items[i]!.fact),
        deps.now(),
      );
      indexes.forEach((i, k) => (results[i] = answers[k]!));
    }
    return reply(c, pushResponseSchema, { protocol: PROTOCOL_VERSION, results });
  });

  // The coach ends tablet mode: the token stops working at once, not only at expiry.
  app.post('/lock', requireTablet, async (c) => {
    await db
      .updateTable('tablets')
      .set({ locked_at: deps.now().toISOString() })
      .where('id', '=', c.get('tablet').id)
      .execute();
    return c.body(null, 204);
  });

  return app;
}

/** A coach unlocks a team device for a group: mounted under `/api/groups` by the group routes. */
export function tabletUnlockRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;
  app.post('/:id/tablet', requireStaff(deps), async (c) => {
    const staff = c.get('staff');
    const group = await db
      .selectFrom('groups')
      .select('id')
      .where('id', '=', c.req.param('id'))
      .where('team_id', '=', staff.teamId)
      .executeTakeFirst();
    if (!group) return apiError(c, 404, 'not_found', 'No such group in your team.');
    const token = newSecret();
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + TABLET_HOURS * 3_600_000).toISOString();
    const id = randomUUID();
    await db
      .insertInto('tablets')
      .values({
        id,
        team_id: staff.teamId,
        group_id: group.id,
        token_hash: hashSecret(token),
        created_by: staff.id,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        locked_at: null,
      })
      .execute();
    // The coach's own session ends here, on the server: the tablet is in members' hands now.
    await endSession(c, deps, staff.sessionHash);
    return reply(
      c,
      tabletUnlockedSchema,
      { tabletId: id, token, ...(await groupView(deps, group.id, expiresAt, id))! },
      201,
    );
  });

  return app;
}
