import type { Migration } from 'kysely';

/** Migrations for running Stegvis as a service: shared limits, single sign-on. */
export const operationsMigrations: Record<string, Migration> = {
  '0007_limits_and_sign_on': {
    async up(db) {
      // Attempt counters in the database, so a restart does not forget them and every
      // instance on one PostgreSQL counts against the same limit.
      await db.schema
        .createTable('limit_counters')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('blocked_until', 'text')
        .execute();
      // The person's identity at the municipality's identity provider (the configured claim).
      await db.schema.alterTable('users').addColumn('identity', 'text').execute();
      await db.schema.createIndex('users_identity').on('users').column('identity').execute();
      // A sign-in on its way through the identity provider: state, PKCE verifier, nonce.
      await db.schema
        .createTable('oidc_logins')
        .addColumn('state', 'text', (c) => c.primaryKey())
        .addColumn('verifier', 'text', (c) => c.notNull())
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
