import type { Migration } from 'kysely';

/** Migrations for the team's records from intake to deletion (issue: complete records). */
export const recordsMigrations: Record<string, Migration> = {
  '0008_records_and_erasure': {
    async up(db) {
      // Years in public support at intake (the annual reports give the mean by gender).
      await db.schema
        .alterTable('participants')
        .addColumn('years_in_support', 'double precision')
        .execute();
      // That a participant's data was erased, and on whose decision; nothing about them but
      // a hash of the code (to answer "was this one erased?") and what was removed.
      await db.schema
        .createTable('erasures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('decision_ref', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text', (c) => c.notNull())
        .addColumn('erased_at', 'text', (c) => c.notNull())
        .addColumn('removed', 'text', (c) => c.notNull())
        .execute();
      // The access-log review filters by participant, staff member and time.
      await db.schema
        .createIndex('access_log_participant')
        .on('access_log')
        .columns(['participant_id', 'at'])
        .execute();
      await db.schema.createIndex('access_log_at').on('access_log').column('at').execute();
    },
  },
};
