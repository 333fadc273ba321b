import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  normalizeShortCode,
  PROTOCOL_VERSION,
  redeemRequestSchema,
  redeemResponseSchema,
} from '../../shared/protocol';
import { hashSecret, newSecret } from '../auth/tokens';
import { limitKeys, POLICIES } from '../auth/limits';
import { clientAddress } from './auth';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/** A phone joins (`/api/devices`): redeems its invitation once for a device token of its own. */
export function deviceRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.post('/redeem', async (c) => {
    const { code, deviceLabel } = await readJson(c, redeemRequestSchema);
    const address = clientAddress(c, deps);
    const wait = await deps.limits.waitSeconds(limitKeys.redeem(address));
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
    if (!outcome) {
      // Only wrong codes count: a whole group enrolling from one office's network succeeds.
      await deps.limits.fail(limitKeys.redeem(address), POLICIES.redeem);
      return apiError(
        c,
        400,
        'invitation_invalid',
        'The code is wrong, used already or too old. Ask your coach for a new one.',
      );
    }
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

  return app;
}
