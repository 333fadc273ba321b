import type { Migration } from 'kysely';

/** Migrations for the coach's week: alerts acknowledged in a conversation, caseloads. */
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
};
