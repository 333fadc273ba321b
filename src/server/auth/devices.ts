import type { MiddlewareHandler } from 'hono';
import { apiError } from '../http/errors';
import type { AppEnv, Deps } from '../http/context';
import { bearerToken, hashSecret } from './tokens';

/**
 * A participant's phone: a bearer device token (stored hashed). A revoked device is
 * refused outright; an exited participant's device may still read, and write only
 * follow-up answers while the participant has agreed to follow-up.
 */
export function requireDevice(deps: Deps, access: 'read' | 'write'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token)
      return apiError(c, 401, 'unauthenticated', 'This device is not connected to a team.');
    const row = await deps.store.db
      .selectFrom('devices')
      .innerJoin('participants', 'participants.id', 'devices.participant_id')
      .select([
        'devices.id',
        'devices.participant_id',
        'devices.revoked_at',
        'devices.last_seen_at',
        'participants.team_id',
        'participants.exit_date',
        'participants.follow_up_consent_at',
        'participants.follow_up_ended_at',
      ])
      .where('token_hash', '=', hashSecret(token))
      .executeTakeFirst();
    if (!row || row.revoked_at)
      return apiError(c, 401, 'unauthenticated', 'This device is no longer connected to the team.');
    // After exit a phone writes only with consent to follow-up, until the follow-up ends.
    const followUpOnly = Boolean(row.exit_date);
    const following = row.follow_up_consent_at !== null && row.follow_up_ended_at === null;
    if (access === 'write' && followUpOnly && !following)
      return apiError(
        c,
        403,
        'forbidden',
        'The participant has left the programme; new ratings are not accepted.',
      );
    c.set('device', {
      id: row.id,
      lastSeenAt: row.last_seen_at,
      participantId: row.participant_id,
      teamId: row.team_id,
      followUpOnly,
    });
    await next();
  };
}
