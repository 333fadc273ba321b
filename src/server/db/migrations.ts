import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { operationsMigrations } from './migrationsOperations';
import { recordsMigrations } from './migrationsRecords';
import { coachingMigrations } from './migrationsCoaching';

/**
 * One set of migrations for both databases. Only the auto-numbered sequence column differs
 * (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL's bigserial).
 */
export function migrations(dialect: 'sqlite' | 'postgres'): MigrationProvider {
  const serial = (db: Kysely<unknown>, table: string, column: string) =>
    dialect === 'postgres'
      ? db.schema.createTable(table).addColumn(column, 'bigserial', (c) => c.primaryKey())
      : db.schema
          .createTable(table)
          .addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement());

  const all: Record<string, Migration> = {
    '0001_initial': {
      async up(db) {
        await db.schema
          .createTable('teams')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('staff_sessions')
          .addColumn('id_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) =>
            c.notNull().references('users.id').onDelete('cascade'),
          )
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('last_seen_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('participants')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text')
          .addColumn('gender', 'text', (c) => c.notNull())
          .addColumn('birth_year', 'integer', (c) => c.notNull())
          .addColumn('intake_date', 'text', (c) => c.notNull())
          .addColumn('exit_date', 'text')
          .addColumn('exit_reason', 'text')
          .addColumn('referrer', 'text')
          .addColumn('support', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('participants_team_code', ['team_id', 'code'])
          .execute();
        await db.schema
          .createTable('invitations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
          .addColumn('code_hash', 'text', (c) => c.notNull().unique())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('used_at', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('devices')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('label', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('last_seen_at', 'text')
          .addColumn('revoked_at', 'text')
          .execute();
        await serial(db, 'facts', 'seq')
          .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('instrument', 'text')
          .addColumn('occurred_at', 'text', (c) => c.notNull())
          .addColumn('total', dialect === 'postgres' ? 'float8' : 'real')
          .addColumn('provenance', 'text')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('device_id', 'text')
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('facts_participant_id', ['participant_id', 'id'])
          .execute();
        await db.schema
          .createIndex('facts_participant_seq')
          .on('facts')
          .columns(['participant_id', 'seq'])
          .execute();
        await serial(db, 'access_log', 'id')
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('participant_id', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0002_participant_history': {
      async up(db) {
        await db.schema.alterTable('participants').addColumn('exit_note', 'text').execute();
        // Corrections to intake and exit data keep the earlier values: who, when, what.
        await serial(db, 'participant_history', 'id')
          .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
          .addColumn('changed_at', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('changes', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0003_groups': {
      async up(db) {
        await db.schema
          .createTable('groups')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('group_members')
          .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
          .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
          .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'participant_id'])
          .execute();
        await db.schema
          .createTable('group_sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
          .addColumn('team_id', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('held_on', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('group_sessions_team_code', ['team_id', 'code'])
          .execute();
        await db.schema.alterTable('facts').addColumn('group_session', 'text').execute();
      },
    },
    '0004_team_settings_wording_notes': {
      async up(db) {
        // One row per team once an admin changes anything; JSON merged over the defaults.
        await db.schema
          .createTable('team_settings')
          .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id'))
          .addColumn('settings', 'text', (c) => c.notNull())
          .addColumn('licence', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('team_wordings')
          .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('uploaded_at', 'text', (c) => c.notNull())
          .addColumn('uploaded_by', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('team_wordings_pk', ['team_id', 'language'])
          .execute();
        // The coach's own notes from a session: staff-only, never synced to a phone.
        await db.schema
          .createTable('coach_notes')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('session_date', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('coach_notes_participant')
          .on('coach_notes')
          .columns(['participant_id', 'session_date'])
          .execute();
      },
    },
    '0005_shared_tablets': {
      async up(db) {
        // A team device a coach unlocks for one group for a day: several members rate on it
        // under their own code; it keeps nothing of theirs once synced.
        await db.schema
          .createTable('tablets')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
          .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('locked_at', 'text')
          .execute();
      },
    },
    '0006_organisations': {
      async up(db) {
        // A Samordningsförbund is a row in teams of kind 'organisation', linked to its teams;
        // its accounts (role 'organisation') see those teams' suppressed aggregates only.
        await db.schema
          .alterTable('teams')
          .addColumn('kind', 'text', (c) => c.notNull().defaultTo('team'))
          .execute();
        await db.schema
          .createTable('organisation_teams')
          .addColumn('organisation_id', 'text', (c) => c.notNull().references('teams.id'))
          .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
          .addPrimaryKeyConstraint('organisation_teams_pk', ['organisation_id', 'team_id'])
          .execute();
      },
    },
    ...operationsMigrations,
    ...recordsMigrations,
    ...coachingMigrations,
  };
  return { getMigrations: async () => all };
}
