import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  PROTOCOL_VERSION,
  normalizeShortCode,
  pushRequestSchema,
  redeemRequestSchema,
  pullResponseSchema,
  pushResponseSchema,
  redeemResponseSchema,
} from '../../shared/protocol';
import { requireDevice } from '../auth/devices';
import { hashSecret, newSecret } from '../auth/tokens';
import { ingest } from '../ingest';
import { clientAddress } from './auth';
import type { AppEnv, Deps } from './context';
import { apiError, protocolRefusal, readJson, reply } from './errors';

const PULL_PAGE = 500;

/** The phone's side: redeem an invitation once, then push the outbox and pull history. */
export function syncRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.post('/devices/redeem', async (c) => {
    const { code, deviceLabel } = await readJson(c, redeemRequestSchema);
    const wait = deps.limits.redeem.hit(clientAddress(c, deps));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'rate_limited', 'Too many attempts. Wait a while and try again.');
    }
    const now = deps.now().toISOString();
    const token = newSecret();
    const deviceId = randomUUID();
    const outcome = await db.transaction().execute(async (trx) => {
      const invitation = await trx
        .selectFrom('invitations')
        .innerJoin('participants', 'participants.id', 'invitations.participant_id')
        .select([
          'invitations.id',
          'participant_id',
          'expires_at',
          'used_at',
          'participants.exit_date',
          'participants.code',
        ])
        .where('code_hash', '=', hashSecret(normalizeShortCode(code)))
        .executeTakeFirst();
      if (!invitation || invitation.used_at || invitation.expires_at <= now || invitation.exit_date)
        return null;
      // Single use even under a race: only the request that flips used_at gets a device.
      const claimed = await trx
        .updateTable('invitations')
        .set({ used_at: now })
        .where('id', '=', invitation.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return null;
      await trx
        .insertInto('devices')
        .values({
          id: deviceId,
          participant_id: invitation.participant_id,
          token_hash: hashSecret(token),
          label: deviceLabel ?? null,
          created_at: now,
          last_seen_at: now,
          revoked_at: null,
        })
        .execute();
      return { participantCode: invitation.code };
    });
    if (!outcome)
      return apiError(
        c,
        400,
        'invitation_invalid',
        'The code is wrong, used already or too old. Ask your coach for a new one.',
      );
    return reply(
      c,
      redeemResponseSchema,
      {
        deviceId,
        deviceToken: token,
        participantCode: outcome.participantCode,
        protocol: PROTOCOL_VERSION,
      },
      201,
    );
  });

  app.post('/sync/push', requireDevice(deps, 'write'), async (c) => {
    const body = await readJson(c, pushRequestSchema);
    const refused = protocolRefusal(c, body.protocol);
    if (refused) return refused;
    const device = c.get('device');
    // "Last seen" for the coach's device list; once a minute is plenty, and saves a write per push.
    const now = deps.now();
    if (!device.lastSeenAt || now.getTime() - Date.parse(device.lastSeenAt) > 60_000)
      await db
        .updateTable('devices')
        .set({ last_seen_at: now.toISOString() })
        .where('id', '=', device.id)
        .execute();
    const results = await ingest(
      deps.store,
      {
        participantId: device.participantId,
        deviceId: device.id,
        provenances: ['participant_device'],
        teamId: device.teamId,
      },
      body.facts,
      deps.now(),
    );
    return reply(c, pushResponseSchema, { protocol: PROTOCOL_VERSION, results });
  });

  const sinceSchema = z.coerce.number().check(z.int(), z.gte(0));
  app.get('/sync/pull', requireDevice(deps, 'read'), async (c) => {
    const since = sinceSchema.safeParse(c.req.query('since') ?? '0');
    if (!since.success)
      return apiError(c, 400, 'validation_failed', 'since must be a whole number ≥ 0.');
    const rows = await db
      .selectFrom('facts')
      .select(['seq', 'body'])
      .where('participant_id', '=', c.get('device').participantId)
      .where('seq', '>', since.data)
      .orderBy('seq')
      .limit(PULL_PAGE + 1)
      .execute();
    const page = rows.slice(0, PULL_PAGE);
    return reply(c, pullResponseSchema, {
      protocol: PROTOCOL_VERSION,
      facts: page.map((r) => JSON.parse(r.body)),
      next: page.length ? Number(page.at(-1)!.seq) : since.data,
      more: rows.length > PULL_PAGE,
    });
  });

  return app;
}
