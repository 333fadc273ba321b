import { localDay } from '../../domain/localDay';
import type { Fact, FollowUpFact } from '../../shared/rating';
import type { Store } from '../db/connect';
import { settingsOf } from '../teams/settings';

/**
 * What a phone's follow-up answers change on the server: each answer becomes the
 * follow-up's status unless a coach recorded one already (the answer stays as a fact either
 * way); the end of the follow-up, or the last follow-up answered, ends the consent and
 * disconnects the participant's phones.
 */
export async function recordFollowUps(
  store: Store,
  participantId: string,
  facts: readonly Fact[],
  now: Date,
) {
  if (facts.length === 0) return;
  const { db } = store;
  const at = now.toISOString();
  const answers = facts.filter((f): f is FollowUpFact => f.type === 'followUp');
  for (const a of answers)
    await db
      .insertInto('labour_statuses')
      .values({
        participant_id: participantId,
        moment: 'followup',
        months: a.months,
        status: a.status,
        income: a.income,
        recorded_on: localDay(a.at),
        recorded_by: 'participant',
        user_id: null,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['participant_id', 'moment', 'months']).doNothing())
      .execute();
  const p = await db
    .selectFrom('participants')
    .select(['team_id'])
    .where('id', '=', participantId)
    .executeTakeFirstOrThrow();
  const { followUpMonths } = await settingsOf(store, p.team_id);
  const done = await db
    .selectFrom('labour_statuses')
    .select('months')
    .where('participant_id', '=', participantId)
    .where('moment', '=', 'followup')
    .execute();
  const answered = new Set(done.map((d) => d.months));
  const ended =
    facts.some((f) => f.type === 'followUpEnd') || followUpMonths.every((m) => answered.has(m));
  if (!ended) return;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('participants')
      .set({ follow_up_ended_at: at })
      .where('id', '=', participantId)
      .where('follow_up_ended_at', 'is', null)
      .execute();
    await trx
      .updateTable('devices')
      .set({ revoked_at: at })
      .where('participant_id', '=', participantId)
      .where('revoked_at', 'is', null)
      .execute();
  });
}
