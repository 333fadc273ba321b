import { sql, type Migration } from 'kysely';

/** Migrations for the coach's week (alerts acknowledged, caseloads) and the steps toward work. */
export const coachingMigrations: Record<string, Migration> = {
  '0009_alert_acknowledgements_and_caseload': {
    async up(db) {
      // A coach's "talked about it" on one firing of a rule: the rating that made it fire
      // closes it, and the same rule on a later rating opens it again.
      await db.schema
        .createTable('alert_acknowledgements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('rating_id', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addUniqueConstraint('alert_acknowledgements_once', [
          'participant_id',
          'alert_id',
          'rating_id',
        ])
        .execute();
      // One or two responsible coaches per participant ("Mina deltagare").
      await db.schema
        .createTable('participant_coaches')
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addPrimaryKeyConstraint('participant_coaches_pk', ['participant_id', 'user_id'])
        .execute();
    },
  },
  '0010_labour_statuses': {
    async up(db) {
      // Where a participant stands at intake, exit and each follow-up: one row per moment,
      // replaced when corrected (the history keeps the change).
      await db.schema
        .createTable('labour_statuses')
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
        .addColumn('moment', 'text', (c) => c.notNull())
        .addColumn('months', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('income', 'text', (c) => c.notNull())
        .addColumn('recorded_on', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('labour_statuses_pk', ['participant_id', 'moment', 'months'])
        .execute();
    },
  },
  '0011_follow_up_consent': {
    async up(db) {
      // Consent at exit to follow-up questions on the phone, and when that follow-up ended.
      await db.schema
        .alterTable('participants')
        .addColumn('follow_up_consent_at', 'text')
        .execute();
      await db.schema.alterTable('participants').addColumn('follow_up_ended_at', 'text').execute();
    },
  },
  '0012_questionnaire_packs': {
    async up(db) {
      // A pack per owner (a team, or an organisation for all of its teams); retired, it stays
      // for the answers already given but is no longer asked.
      await db.schema
        .createTable('questionnaire_packs')
        .addColumn('owner_id', 'text', (c) => c.notNull().references('teams.id'))
        .addColumn('pack_id', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('licence', 'text', (c) => c.notNull())
        .addColumn('loaded_at', 'text', (c) => c.notNull())
        .addColumn('loaded_by', 'text', (c) => c.notNull())
        .addColumn('retired_at', 'text')
        .addPrimaryKeyConstraint('questionnaire_packs_pk', ['owner_id', 'pack_id'])
        .execute();
    },
  },
  '0013_stored_summaries': {
    async up(db) {
      // The coach's list reads one stored summary per participant instead of parsing every
      // fact of the team on each load; `basis` says what it was computed from (see
      // storedSummaries), and a row whose basis no longer holds is computed again.
      await db.schema
        .createTable('participant_summaries')
        .addColumn('participant_id', 'text', (c) => c.primaryKey().references('participants.id'))
        .addColumn('basis', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('team_courses')
        .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id'))
        .addColumn('basis', 'text', (c) => c.notNull())
        .addColumn('course', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0014_report_indexes': {
    async up(db) {
      // The report reads every rating of a team by the indexed columns alone, and only the
      // withdrawals' bodies: two partial indexes, so neither read touches the JSON rows.
      // Queries name the type as a literal, or the planner cannot use them.
      await db.schema
        .createIndex('facts_ratings')
        .on('facts')
        .columns(['participant_id', 'instrument', 'occurred_at', 'total', 'id'])
        .where(sql.ref('type'), '=', sql.lit('rating'))
        .execute();
      await db.schema
        .createIndex('facts_withdrawals')
        .on('facts')
        .column('participant_id')
        .where(sql.ref('type'), '=', sql.lit('withdrawal'))
        .execute();
    },
  },
};
