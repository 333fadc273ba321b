import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
} from 'kysely';
import { closeFactWriter } from './factWriter';
import pg from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';

// bigint (the fact sequence) arrives as a string by default; it fits a JS number.
pg.types.setTypeParser(20, (v: string) => Number(v));

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite handle, for online backup and integrity checks; null on PostgreSQL. */
  sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

export interface StoreOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL schema to use (tests give each run its own); created when missing. */
  pgSchema?: string | undefined;
}

/**
 * Kysely prepares every query afresh; SQLite parsing the same INSERT again for every push
 * was a large share of ingest time. Prepared statements are kept and reused by SQL text.
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (cache.size >= 256) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  } as SqliteDatabase;
}

/**
 * Sync pushes are written by a second connection on a thread of its own (factWriter). With
 * two writers, a deferred BEGIN that reads and then writes can fail at once with
 * SQLITE_BUSY when the other committed in between; BEGIN IMMEDIATE takes the write lock at
 * the start, so a transaction waits (busy_timeout) instead of failing.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/**
 * Opens the database the configuration selects (SQLite file under the data directory by
 * default, PostgreSQL when a URL is given) and brings it to the latest migration.
 */
export async function openStore({ dataDir, databaseUrl, pgSchema }: StoreOptions): Promise<Store> {
  let store: Store;
  if (databaseUrl) {
    if (pgSchema) {
      const setup = new pg.Client({ connectionString: databaseUrl });
      await setup.connect();
      await setup.query(`create schema if not exists "${pgSchema.replace(/"/g, '')}"`);
      await setup.end();
    }
    const options = pgSchema ? `-c search_path=${pgSchema}` : undefined;
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    store = {
      db,
      dialect: 'postgres',
      sqlite: null,
      close: async () => {
        await closeFactWriter(store);
        await db.destroy();
      },
    };
  } else {
    mkdirSync(dataDir, { recursive: true });
    const sqlite = new SQLite(join(dataDir, 'stegvis.sqlite'));
    // WAL lets readers run beside the writer; FULL makes a commit survive power loss.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros, so an erased participant is not left in the file.
    sqlite.pragma('secure_delete = ON');
    const db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: reusingStatements(sqlite) }),
    });
    store = {
      db,
      dialect: 'sqlite',
      sqlite,
      close: async () => {
        await closeFactWriter(store);
        await db.destroy();
      },
    };
  }
  // Kysely looks for its migration tables in any schema unless told which; with several
  // schemas in one database (test runs, a shared server) it would skip creating its own.
  const migrationTableSchema =
    store.dialect === 'postgres'
      ? (pgSchema ??
        (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]
          ?.schema)
      : undefined;
  const { error } = await new Migrator({
    db: store.db,
    provider: migrations(store.dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  }).migrateToLatest();
  if (error) {
    await store.close();
    throw error;
  }
  return store;
}
