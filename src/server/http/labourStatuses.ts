import { Hono } from 'hono';
import { localDay } from '../../domain/localDay';
import {
  followUpConsentSchema,
  statusListSchema,
  statusRecordSchema,
  type IncomeSource,
  type LabourStatus,
  type StatusRecordView,
} from '../../shared/labourStatus';
import type { Store } from '../db/connect';
import { settingsOf } from '../teams/settings';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';
import { findOwnParticipant, participantView } from './ownParticipant';
import { coachesOf } from './caseload';
import { participantResponseSchema } from '../../shared/responses/participants';

/** A participant's labour-market statuses, intake first, then exit, then follow-ups by month. */
export async function statusesOf(store: Store, participantId: string) {
  const rows = await store.db
    .selectFrom('labour_statuses')
    .selectAll()
    .where('participant_id', '=', participantId)
    .execute();
  const order = { intake: 0, exit: 1, followup: 2 } as Record<string, number>;
  return rows
    .sort((a, b) => order[a.moment]! - order[b.moment]! || a.months - b.months)
    .map((r) => ({
      moment: r.moment as StatusRecordView['moment'],
      months: r.months,
      status: r.status as LabourStatus,
      income: r.income as IncomeSource,
      recordedOn: r.recorded_on,
      recordedBy: r.recorded_by as StatusRecordView['recordedBy'],
    }));
}

/**
 * Where a participant stands on the way to work: at intake, at exit and at the team's
 * follow-ups after exit. A coach records it from a meeting or a call; a correction replaces
 * the record and the history keeps both. Mounted inside participantRoutes (staff only).
 */
export function labourStatusRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.get('/:id/statuses', async (c) => {
    const p = await findOwnParticipant(deps, c, 'statuses');
    return reply(c, statusListSchema, { statuses: await statusesOf(deps.store, p.id) });
  });

  app.put('/:id/statuses', async (c) => {
    const record = await readJson(c, statusRecordSchema);
    const p = await findOwnParticipant(deps, c, null);
    const today = localDay(deps.now().toISOString());
    const settings = await settingsOf(deps.store, p.team_id);
    const problem = (path: string, message: string, text: string) =>
      apiError(c, 400, 'validation_failed', text, [{ path, message }]);
    if (record.recordedOn > today)
      return problem(
        'recordedOn',
        'in the future',
        'A status is recorded for a day that has come.',
      );
    if (record.recordedOn < p.intake_date)
      return problem('recordedOn', 'before intake', 'A status is recorded from intake on.');
    if (record.moment !== 'intake' && !p.exit_date)
      return problem('moment', 'not exited', 'Exit and follow-up statuses come after exit.');
    if (
      record.moment === 'followup' &&
      !settings.followUpMonths.includes(record.months as (typeof settings.followUpMonths)[number])
    )
      return problem('months', 'not a follow-up of the team', 'The team does not follow up then.');

    const key =
      record.moment === 'followup' ? `status.followup.${record.months}` : `status.${record.moment}`;
    const staff = c.get('staff');
    const now = deps.now().toISOString();
    const before = await db
      .selectFrom('labour_statuses')
      .select(['status', 'income'])
      .where('participant_id', '=', p.id)
      .where('moment', '=', record.moment)
      .where('months', '=', record.months)
      .executeTakeFirst();
    const row = {
      participant_id: p.id,
      moment: record.moment,
      months: record.months,
      status: record.status,
      income: record.income,
      recorded_on: record.recordedOn,
      recorded_by: 'coach',
      user_id: staff.id,
      updated_at: now,
    };
    const said = (s: { status: string; income: string } | undefined) =>
      s ? `${s.status}/${s.income}` : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('labour_statuses')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['participant_id', 'moment', 'months']).doUpdateSet({
            status: row.status,
            income: row.income,
            recorded_on: row.recorded_on,
            recorded_by: row.recorded_by,
            user_id: row.user_id,
            updated_at: row.updated_at,
          }),
        )
        .execute();
      if (said(before) !== said(record))
        await trx
          .insertInto('participant_history')
          .values({
            participant_id: p.id,
            changed_at: now,
            user_id: staff.id,
            changes: JSON.stringify({ [key]: [said(before), said(record)] }),
          })
          .execute();
    });
    return reply(c, statusListSchema, { statuses: await statusesOf(deps.store, p.id) });
  });

  // The participant's consent, at exit, to follow-up questions on their phone. Withdrawn,
  // the follow-up ends and the phone can no longer write.
  app.put('/:id/follow-up', async (c) => {
    const { consent } = await readJson(c, followUpConsentSchema);
    const p = await findOwnParticipant(deps, c, null);
    if (!p.exit_date)
      return apiError(c, 400, 'validation_failed', 'Consent to follow-up is recorded at exit.', [
        { path: 'consent', message: 'not exited' },
      ]);
    const now = deps.now().toISOString();
    const before = p.follow_up_consent_at !== null && p.follow_up_ended_at === null;
    if (before !== consent)
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('participants')
          .set(
            consent
              ? { follow_up_consent_at: now, follow_up_ended_at: null }
              : { follow_up_ended_at: now },
          )
          .where('id', '=', p.id)
          .execute();
        await trx
          .insertInto('participant_history')
          .values({
            participant_id: p.id,
            changed_at: now,
            user_id: c.get('staff').id,
            changes: JSON.stringify({ followUpConsent: [before, consent] }),
          })
          .execute();
      });
    const row = await db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    return reply(c, participantResponseSchema, {
      participant: participantView(row, (await coachesOf(deps.store, [p.id])).get(p.id)),
    });
  });

  return app;
}
