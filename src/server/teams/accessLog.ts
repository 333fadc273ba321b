import type { Store } from '../db/connect';

/**
 * Every read of a participant's data by staff goes into the access log, as health and
 * social-care records require (HSLF-FS 2016:40): who, when, what. Reads of many at once
 * (the list, an export) write one line per participant, so the review can ask "who read
 * this person's data?" and get every answer.
 */
export async function logTeamRead(
  store: Store,
  userId: string,
  participantIds: readonly string[],
  action: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  for (let i = 0; i < participantIds.length; i += 500)
    await store.db
      .insertInto('access_log')
      .values(
        participantIds
          .slice(i, i + 500)
          .map((participant_id) => ({ at, user_id: userId, participant_id, action })),
      )
      .execute();
}
